import type Database from 'better-sqlite3';
import type { StatsWindow } from './stats-repo';

/** Visits per (local weekday 0 = Monday … 6 = Sunday, local hour 0–23). */
export type HeatRow = Readonly<{ weekday: number; hour: number; n: number }>;
/** How far visits got: all started, got past the hub (opened a chapter), opened all five; ended without opening one. */
export type ReachRow = Readonly<{ started: number; pastHub: number; allFive: number; hubOnly: number }>;
/** Spread of visit engaged durations (ended visits), ms. */
export type EngagedRow = Readonly<{ n: number; total: number | null; idleTail: number | null; median: number | null; p75: number | null }>;
/** Spread of engaged chapter dwell per chapter, ms. */
export type ChapterDwellRow = Readonly<{ chapter: string; n: number; median: number; p75: number }>;
/** Visits that started / completed a chapter's narration in one language. */
export type NarrationRow = Readonly<{ chapter: string; language: string; started: number; completed: number }>;

/** The dashboard's aggregations beyond `StatsRepo`, all in SQL over the visits started in a window. */
export type DashboardRepo = Readonly<{
  heatmap(w: StatsWindow): HeatRow[];
  reach(w: StatsWindow): ReachRow;
  engaged(w: StatsWindow): EngagedRow;
  chapterDwell(w: StatsWindow): ChapterDwellRow[];
  narration(w: StatsWindow): NarrationRow[];
}>;

const IN_WINDOW = `v.started_at >= :fromMs AND v.started_at < :toMs`;
const LOCAL = `(v.started_at + CAST(:offsetMs AS INTEGER))`;
// Median = mean of the two middle values (as stats:summary); p75 = nearest rank, ceil(0.75 n) = (3n + 3) / 4.
const MEDIAN = `AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN ms END)`;
const P75 = `MAX(CASE WHEN rn = (3 * n + 3) / 4 THEN ms END)`;

/** Count, median (mean of the two middle values) and p75 (nearest rank) of sorted samples — the same rules as MEDIAN / P75. */
const spread = (sorted: readonly number[]): { n: number; median: number; p75: number } => {
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { n, median, p75: sorted[Math.floor((3 * n + 3) / 4) - 1]! };
};

/** Creates the dashboard repository; statements prepared once. */
export const createDashboardRepo = (db: Database.Database): DashboardRepo => {
  // 1970-01-01 was a Thursday: (day + 3) % 7 puts Monday at 0.
  const heat = db.prepare(
    `SELECT (${LOCAL} / 86400000 + 3) % 7 AS weekday, (${LOCAL} / 3600000) % 24 AS hour, COUNT(*) AS n
     FROM visits v WHERE ${IN_WINDOW} GROUP BY weekday, hour`,
  );
  const engaged = db.prepare(
    `WITH r AS (
       SELECT v.last_interaction_at - v.started_at AS ms, v.ended_at - v.last_interaction_at AS tail,
         ROW_NUMBER() OVER (ORDER BY v.last_interaction_at - v.started_at) AS rn, COUNT(*) OVER () AS n
       FROM visits v WHERE ${IN_WINDOW} AND v.last_interaction_at IS NOT NULL
     )
     SELECT COUNT(*) AS n, SUM(ms) AS total, SUM(tail) AS idleTail, ${MEDIAN} AS median, ${P75} AS p75 FROM r`,
  );
  // The samples come out of SQL and are ranked in JS: a window function
  // partitioned by chapter (two sorts in SQLite) measured 2.4 times slower.
  const chapterDwell = db
    .prepare(`SELECT d.chapter, COALESCE(d.engaged_ms, d.dwell_ms) FROM visits v JOIN chapter_dwells d ON d.visit_id = v.id WHERE ${IN_WINDOW}`)
    .raw();
  // Roll-up per (visit, chapter, language the narration played in): migration 0080.
  const narration = db.prepare(
    `SELECT n.chapter AS chapter, n.language AS language, SUM(n.started) AS started, SUM(n.completed) AS completed
     FROM visits v JOIN visit_narrations n ON n.visit_id = v.id WHERE ${IN_WINDOW} GROUP BY n.chapter, n.language`,
  );
  // One pass over the window's visits joined with their chapter rows (a
  // correlated count per visit measured slower).
  const reach = db.prepare(
    `SELECT COUNT(*) AS started, COALESCE(SUM(k >= 1), 0) AS pastHub, COALESCE(SUM(k >= 5), 0) AS allFive,
       COALESCE(SUM(k = 0 AND ended), 0) AS hubOnly FROM (
       SELECT v.id, v.ended_at IS NOT NULL AS ended, COALESCE(SUM(c.opened), 0) AS k
       FROM visits v LEFT JOIN visit_chapters c ON c.visit_id = v.id WHERE ${IN_WINDOW} GROUP BY v.id)`,
  );
  return {
    heatmap: (w) => heat.all(w) as HeatRow[],
    reach: (w) => reach.get(w) as ReachRow,
    engaged: (w) => engaged.get(w) as EngagedRow,
    chapterDwell: (w) => {
      const samples = new Map<string, number[]>();
      for (const [chapter, ms] of chapterDwell.all(w) as Array<[string, number]>) {
        const list = samples.get(chapter);
        if (list) list.push(ms);
        else samples.set(chapter, [ms]);
      }
      return [...samples].map(([chapter, list]) => ({ chapter, ...spread(list.sort((a, b) => a - b)) }));
    },
    narration: (w) => narration.all(w) as NarrationRow[],
  };
};
