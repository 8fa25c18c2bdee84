import type { Migration } from './migration';

/**
 * Visit events. Clustered by (visit_id, seq) — WITHOUT ROWID — because every
 * reader (statistics, export, retention) walks events visit by visit, so a
 * visit's events sit together on disk. `id` is the renderer's UUID and the
 * idempotency key: the UNIQUE index makes a re-sent event a no-op.
 * `payload` is the type's payload as canonical JSON text.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'create-visit-events',
  up(db) {
    db.exec(`
      CREATE TABLE visit_events (
        visit_id TEXT    NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq      INTEGER NOT NULL,
        id       TEXT    NOT NULL,
        at       INTEGER NOT NULL,
        type     TEXT    NOT NULL,
        chapter  TEXT,
        payload  TEXT    NOT NULL,
        PRIMARY KEY (visit_id, seq, id)
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX visit_events_by_id ON visit_events (id);
    `);
  },
};
