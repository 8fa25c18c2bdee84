import type { Migration } from './migration';

/**
 * Visits: one row per visitor session. Times are epoch milliseconds UTC (the
 * convention of the whole visit log). `ended_at`/`end_reason` stay NULL while a
 * visit is open. Enumerations are checked by the service, not by CHECK
 * constraints, so adding an end reason later needs no table rebuild.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'create-visits',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id           TEXT    NOT NULL PRIMARY KEY,
        kiosk_id     TEXT    NOT NULL,
        started_at   INTEGER NOT NULL,
        ended_at     INTEGER,
        end_reason   TEXT,
        language     TEXT    NOT NULL,
        pack_id      TEXT    NOT NULL,
        pack_version TEXT    NOT NULL
      ) STRICT, WITHOUT ROWID;
      -- Statistics, export and retention all select visits by start time.
      CREATE INDEX visits_by_start ON visits (started_at, id);
      -- Crash recovery closes open visits; a partial index keeps that lookup tiny.
      CREATE INDEX visits_open ON visits (id) WHERE ended_at IS NULL;
    `);
  },
};
