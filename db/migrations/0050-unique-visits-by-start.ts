import type { Migration } from './migration';

/**
 * visits_by_start becomes UNIQUE. It always was in fact (`id` is the primary
 * key); declared, it lets SQLite see that a walk over it meets each
 * (started_at, id) once, so a join of visits with their events ordered by
 * (started_at, id, seq, event id) follows the indexes instead of sorting each
 * visit's events (the export's page query, db/export-repo.ts).
 */
export const migration0050: Migration = {
  version: 50,
  name: 'unique-visits-by-start',
  up(db) {
    db.exec(`
      DROP INDEX visits_by_start;
      CREATE UNIQUE INDEX visits_by_start ON visits (started_at, id);
    `);
  },
};
