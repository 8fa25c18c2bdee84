import type { Migration } from './migration';

/**
 * The audit log of admin mode: sign-ins, failed PINs, lockouts, PIN changes and
 * every privileged call that changes something, with its outcome. Kept in the
 * visit-log database so it is backed up and exported with it; never purged by
 * the visit retention (it is small and is the record of who changed the kiosk).
 */
export const migration0060: Migration = {
  version: 60,
  name: 'create-audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id      INTEGER NOT NULL PRIMARY KEY,
        at      INTEGER NOT NULL,
        role    TEXT    CHECK (role IN ('staff', 'admin')),
        action  TEXT    NOT NULL,
        detail  TEXT    NOT NULL,
        outcome TEXT    NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed'))
      ) STRICT;
    `);
  },
};
