import type { Migration } from './migration';

/**
 * Database integrity checks run from the System screen ("check now"), kept so
 * "last check" survives a restart and both shells show the same history.
 * `at` is epoch ms UTC (the check's start), `ok` 1 when SQLite answered "ok".
 */
export const migration0100: Migration = {
  version: 100,
  name: 'create-integrity-checks',
  up(db) {
    db.exec(`
      CREATE TABLE integrity_checks (
        id          INTEGER NOT NULL PRIMARY KEY,
        at          INTEGER NOT NULL,
        mode        TEXT    NOT NULL CHECK (mode IN ('quick', 'full')),
        ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
        result      TEXT    NOT NULL,
        duration_ms INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
