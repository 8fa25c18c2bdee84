import type Database from 'better-sqlite3';
import { distinctValuesSql } from './loose-scan';

/** A time window: epoch ms UTC, `from` inclusive, `to` exclusive; `offsetMs` shifts UTC to kiosk local time for buckets. */
export type StatsWindow = Readonly<{ fromMs: number; toMs: number; offsetMs: number }>;

export type CountRow = Readonly<{ key: string | number | null; n: number }>;
export type FunnelRow = Readonly<{ chapter: string; opened: number; started: number; completed: number }>;
export type DwellRow = Readonly<{ chapter: string; n: number; avg: number; median: number }>;

/** Aggregations for the admin console, all in SQL over the visits in a window. */
export type StatsRepo = Readonly<{
  /** Visits per local day number (days since 1970-01-01 local). */
  visitsPerDay(w: StatsWindow): CountRow[];
  /** Visits per local hour of day (0–23). */
  visitsPerHour(w: StatsWindow): CountRow[];
  visitsPerLanguage(w: StatsWindow): CountRow[];
  /** `key` null = still open. */
  visitsPerEndReason(w: StatsWindow): CountRow[];
  /** Per chapter: visits that opened it, started its narration, completed its narration (each at least once). */
  funnel(w: StatsWindow): FunnelRow[];
  /** Count, mean and median of chapter-closed dwell per chapter. */
  dwell(w: StatsWindow): DwellRow[];
}>;

// Bound JS numbers arrive as REAL: the offset is cast so day/hour buckets use integer division.
// Visits are selected by start time; their events belong to them wherever the
// clock was when they happened, so a visit is never split across two windows.
const IN_WINDOW = `v.started_at >= :fromMs AND v.started_at < :toMs`;

/** Creates the statistics repository; statements prepared once. */
export const createStatsRepo = (db: Database.Database): StatsRepo => {
  const perDay = db.prepare(
    `SELECT (v.started_at + CAST(:offsetMs AS INTEGER)) / 86400000 AS key, COUNT(*) AS n FROM visits v WHERE ${IN_WINDOW} GROUP BY key ORDER BY key`,
  );
  const perHour = db.prepare(
    `SELECT ((v.started_at + CAST(:offsetMs AS INTEGER)) / 3600000) % 24 AS key, COUNT(*) AS n FROM visits v WHERE ${IN_WINDOW} GROUP BY key ORDER BY key`,
  );
  const perLanguage = db.prepare(
    `SELECT v.language AS key, COUNT(*) AS n FROM visits v WHERE ${IN_WINDOW} GROUP BY key ORDER BY key`,
  );
  const perReason = db.prepare(
    `SELECT v.end_reason AS key, COUNT(*) AS n FROM visits v WHERE ${IN_WINDOW} GROUP BY key ORDER BY key`,
  );
  // Both read the per-chapter roll-ups (migration 0040), not the events: a
  // month of a busy kiosk is ~1M events but only ~100k (visit, chapter) rows.
  // The funnel sums one chapter at a time over its rows by visit start
  // (index visit_chapters_by_start, migration 0090): no join, no sort.
  const funnelChapters = db.prepare(distinctValuesSql('visit_chapters', 'chapter')).pluck();
  const funnel = db.prepare(
    `SELECT COALESCE(SUM(opened), 0) AS opened, COALESCE(SUM(narration_started), 0) AS started, COALESCE(SUM(narration_completed), 0) AS completed,
       COUNT(*) AS n
     FROM visit_chapters WHERE chapter = :chapter AND visit_started_at >= :fromMs AND visit_started_at < :toMs`,
  );
  const dwell = db.prepare(
    `WITH r AS (
       SELECT d.chapter AS chapter, d.dwell_ms AS ms,
         ROW_NUMBER() OVER (PARTITION BY d.chapter ORDER BY d.dwell_ms) AS rn,
         COUNT(*) OVER (PARTITION BY d.chapter) AS n
       FROM visits v JOIN chapter_dwells d ON d.visit_id = v.id
       WHERE ${IN_WINDOW}
     )
     SELECT chapter, MAX(n) AS n, AVG(ms) AS avg,
       AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN ms END) AS median
     FROM r GROUP BY chapter`,
  );
  return {
    visitsPerDay: (w) => perDay.all(w) as CountRow[],
    visitsPerHour: (w) => perHour.all(w) as CountRow[],
    visitsPerLanguage: (w) => perLanguage.all(w) as CountRow[],
    visitsPerEndReason: (w) => perReason.all(w) as CountRow[],
    funnel: (w) =>
      (funnelChapters.all() as string[]).flatMap((chapter) => {
        const { n, ...sums } = funnel.get({ ...w, chapter }) as Omit<FunnelRow, 'chapter'> & { n: number };
        return n ? [{ chapter, ...sums }] : [];
      }),
    dwell: (w) => dwell.all(w) as DwellRow[],
  };
};
