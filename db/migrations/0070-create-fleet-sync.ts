import type { Migration } from './migration';

/**
 * Fleet sync watermark: per central database (`target` = host:port/database
 * user, never a password), the (started_at, id) of the last visit the server
 * acknowledged — written only after the server's COMMIT returned, so a crash
 * in between means "send that batch again", which the server ignores.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'create-fleet-sync',
  up(db) {
    db.exec(`
      CREATE TABLE fleet_sync (
        target          TEXT    NOT NULL PRIMARY KEY,
        last_started_at INTEGER NOT NULL,
        last_visit_id   TEXT    NOT NULL,
        acked_at        INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
