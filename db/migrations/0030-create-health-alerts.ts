import type { Migration } from './migration';

/**
 * Health alerts (disk full, database replaced, events dropped…), kept so the
 * admin console can show what happened while nobody was looking.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'create-health-alerts',
  up(db) {
    db.exec(`
      CREATE TABLE health_alerts (
        id      INTEGER NOT NULL PRIMARY KEY,
        at      INTEGER NOT NULL,
        kind    TEXT    NOT NULL,
        message TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
