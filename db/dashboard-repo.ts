import type Database from 'better-sqlite3';
import { distinctValuesSql } from './loose-scan';
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
/** Roll-up rows of the visits started in the window (their `visit_started_at`, migration 0090). */
const ROWS_IN_WINDOW = `visit_started_at >= :fromMs AND visit_started_at < :toMs`;
const LOCAL = `(v.started_at + CAST(:offsetMs AS INTEGER))`;

/**
 * Count, median (mean of the two middle values, as stats:summary) and p75
 * (nearest rank, ceil(0.75 n)) of samples, sorted here: a typed array sorts
 * numerically in native code, faster than ranking with a window function in SQL.
 */
const spread = (samples: readonly number[]): { n: number; median: number; p75: number } => {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { n, median, p75: sorted[Math.floor((3 * n + 3) / 4) - 1]! };
};

/**
 * Creates the dashboard repository; statements prepared once. Every query is
 * a range scan of a covering index by visit start (migration 0090), with no
 * per-visit lookups: the visit figures read `visits_dashboard`, the chapter
 * figures one chapter (and language) at a time.
 */
export const createDashboardRepo = (db: Database.Database): DashboardRepo => {
  // 1970-01-01 was a Thursday: (day + 3) % 7 puts Monday at 0.
  const heat = db.prepare(
    `SELECT (${LOCAL} / 86400000 + 3) % 7 AS weekday, (${LOCAL} / 3600000) % 24 AS hour, COUNT(*) AS n
     FROM visits v WHERE ${IN_WINDOW} GROUP BY weekday, hour`,
  );
  const engagedSums = db.prepare(
    `SELECT COUNT(*) AS n, SUM(v.last_interaction_at - v.started_at) AS total, SUM(v.ended_at - v.last_interaction_at) AS idleTail
     FROM visits v WHERE ${IN_WINDOW} AND v.last_interaction_at IS NOT NULL`,
  );
  const engagedSamples = db
    .prepare(`SELECT v.last_interaction_at - v.started_at FROM visits v WHERE ${IN_WINDOW} AND v.last_interaction_at IS NOT NULL`)
    .pluck();
  const dwellChapters = db.prepare(distinctValuesSql('chapter_dwells', 'chapter')).pluck();
  const dwellSamples = db
    .prepare(`SELECT COALESCE(engaged_ms, dwell_ms) FROM chapter_dwells WHERE chapter = :chapter AND ${ROWS_IN_WINDOW}`)
    .pluck();
  // Roll-up per (visit, chapter, language the narration played in): migration 0080.
  const narrationChapters = db.prepare(distinctValuesSql('visit_narrations', 'chapter')).pluck();
  const narrationLanguages = db.prepare(distinctValuesSql('visit_narrations', 'language', 'AND chapter = :chapter')).pluck();
  const narration = db.prepare(
    `SELECT COALESCE(SUM(started), 0) AS started, COALESCE(SUM(completed), 0) AS completed
     FROM visit_narrations WHERE chapter = :chapter AND language = :language AND ${ROWS_IN_WINDOW}`,
  );
  // How many chapters each visit opened is on the visit itself (chapters_opened).
  const reach = db.prepare(
    `SELECT COUNT(*) AS started, COALESCE(SUM(v.chapters_opened >= 1), 0) AS pastHub, COALESCE(SUM(v.chapters_opened >= 5), 0) AS allFive,
       COALESCE(SUM(v.chapters_opened = 0 AND v.ended_at IS NOT NULL), 0) AS hubOnly
     FROM visits v WHERE ${IN_WINDOW}`,
  );
  return {
    heatmap: (w) => heat.all(w) as HeatRow[],
    reach: (w) => reach.get(w) as ReachRow,
    engaged: (w) => {
      const sums = engagedSums.get(w) as { n: number; total: number | null; idleTail: number | null };
      if (sums.n === 0) return { ...sums, median: null, p75: null };
      const { median, p75 } = spread(engagedSamples.all(w) as number[]);
      return { ...sums, median, p75 };
    },
    chapterDwell: (w) =>
      (dwellChapters.all() as string[]).flatMap((chapter) => {
        const samples = dwellSamples.all({ ...w, chapter }) as number[];
        return samples.length ? [{ chapter, ...spread(samples) }] : [];
      }),
    narration: (w) =>
      (narrationChapters.all() as string[]).flatMap((chapter) =>
        (narrationLanguages.all({ chapter }) as string[]).flatMap((language) => {
          const sums = narration.get({ ...w, chapter, language }) as { started: number; completed: number };
          return sums.started || sums.completed ? [{ chapter, language, ...sums }] : [];
        }),
      ),
  };
};
