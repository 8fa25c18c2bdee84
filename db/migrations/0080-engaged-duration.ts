import type { Migration } from './migration';

/**
 * Idle tail of an `idle` end when the renderer did not say where the visitor
 * stopped: the default idle timeout (90 s) + warning (20 s). The database does
 * not know the settings a visit ran under, so the defaults are the best guess.
 */
export const DEFAULT_IDLE_TAIL_MS = 110_000;

/**
 * Best estimate of a visit's last interaction from its stored row and events,
 * as an SQL expression over a `visits` row (used by this migration for old
 * visits and by the repository for ends that arrive without it):
 * - `finish` / `home` / `interrupted`: the end itself (a tap, or the last event);
 * - `idle`: the later of the end minus the default idle tail and the last
 *   event the idle reset did not log itself (those land within 1 s of the end),
 *   never before the start nor after the end.
 */
export const ESTIMATED_LAST_INTERACTION = `CASE WHEN visits.end_reason = 'idle' THEN
    MIN(visits.ended_at, MAX(visits.started_at, visits.ended_at - ${DEFAULT_IDLE_TAIL_MS},
      COALESCE((SELECT MAX(e.at) FROM visit_events e WHERE e.visit_id = visits.id AND e.at < visits.ended_at - 1000), visits.started_at)))
  ELSE visits.ended_at END`;

/**
 * Engaged chapter time: a chapter the idle reset closed was open through the
 * idle tail; its engaged part ends at the visit's last interaction.
 */
export const ENGAGED_DWELL = `MAX(0, chapter_dwells.dwell_ms - MAX(0,
    (SELECT e.at FROM visit_events e WHERE e.id = chapter_dwells.event_id)
    - (SELECT v.last_interaction_at FROM visits v WHERE v.id = chapter_dwells.visit_id)))`;

/**
 * True figures (issue 17): a visit's engaged duration ends at its last
 * interaction, and the idle tail after it is kept apart. Adds
 * `visits.last_interaction_at` (NULL while open) and `chapter_dwells.engaged_ms`
 * (the dwell without any idle tail; equals `dwell_ms` for chapters left by a tap),
 * and backfills both for visits already stored with the estimate above.
 * Adds the roll-up `visit_narrations` (narration per chapter and language,
 * which the dashboard reads instead of walking every event), filled from the
 * events already stored.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'engaged-duration',
  up(db) {
    db.exec(`
      ALTER TABLE visits ADD COLUMN last_interaction_at INTEGER;
      ALTER TABLE chapter_dwells ADD COLUMN engaged_ms INTEGER;
      UPDATE visits SET last_interaction_at = ${ESTIMATED_LAST_INTERACTION} WHERE ended_at IS NOT NULL;
      UPDATE chapter_dwells SET engaged_ms = dwell_ms;
      UPDATE chapter_dwells SET engaged_ms = ${ENGAGED_DWELL}
        WHERE visit_id IN (SELECT id FROM visits WHERE end_reason = 'idle');
      -- Narration per chapter and the language it played in: the visit's language
      -- at that moment (its last language change before, else its start language).
      CREATE TABLE visit_narrations (
        visit_id  TEXT    NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        chapter   TEXT    NOT NULL,
        language  TEXT    NOT NULL,
        started   INTEGER NOT NULL DEFAULT 0,
        completed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (visit_id, chapter, language)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO visit_narrations (visit_id, chapter, language, started, completed)
        SELECT visit_id, chapter, language, MAX(type = 'narration-started'), MAX(type = 'narration-completed') FROM (
          SELECT e.visit_id, e.chapter, e.type,
            COALESCE((SELECT json_extract(l.payload, '$.to') FROM visit_events l
                      WHERE l.visit_id = e.visit_id AND l.type = 'language-changed' AND l.seq < e.seq
                      ORDER BY l.seq DESC LIMIT 1), v.language) AS language
          FROM visits v JOIN visit_events e ON e.visit_id = v.id
          WHERE e.type IN ('narration-started', 'narration-completed') AND e.chapter IS NOT NULL)
        GROUP BY visit_id, chapter, language;
    `);
  },
};
