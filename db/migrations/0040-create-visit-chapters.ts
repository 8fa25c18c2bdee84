import type { Migration } from './migration';

/**
 * Per-chapter roll-ups that the statistics read instead of scanning every
 * event: one row per (visit, chapter) with what the visitor did there, and one
 * row per chapter-closed event with its dwell time (medians need the samples).
 * The logger maintains them in the same transaction as the events (only for
 * events actually inserted, so re-sent events do not count twice); this
 * migration fills them from the events already stored.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'create-visit-chapters',
  up(db) {
    db.exec(`
      CREATE TABLE visit_chapters (
        visit_id            TEXT    NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        chapter             TEXT    NOT NULL,
        opened              INTEGER NOT NULL DEFAULT 0,
        narration_started   INTEGER NOT NULL DEFAULT 0,
        narration_completed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (visit_id, chapter)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE chapter_dwells (
        visit_id TEXT    NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        seq      INTEGER NOT NULL,
        event_id TEXT    NOT NULL,
        chapter  TEXT    NOT NULL,
        dwell_ms INTEGER NOT NULL,
        PRIMARY KEY (visit_id, seq, event_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO visit_chapters (visit_id, chapter, opened, narration_started, narration_completed)
        SELECT visit_id, chapter,
          MAX(type = 'chapter-opened'), MAX(type = 'narration-started'), MAX(type = 'narration-completed')
        FROM visit_events
        WHERE chapter IS NOT NULL AND type IN ('chapter-opened', 'narration-started', 'narration-completed')
        GROUP BY visit_id, chapter;
      INSERT INTO chapter_dwells (visit_id, seq, event_id, chapter, dwell_ms)
        SELECT visit_id, seq, id, chapter, json_extract(payload, '$.dwellMs')
        FROM visit_events WHERE type = 'chapter-closed' AND chapter IS NOT NULL;
    `);
  },
};
