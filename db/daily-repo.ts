import type Database from 'better-sqlite3';
import type { StatsWindow } from './stats-repo';

/** One local day's totals over the visits started on it (the export's daily summary). */
export type DailyRow = Readonly<{
  /** Local day number (days since 1970-01-01 local). */
  day: number;
  visits: number;
  /** Ended visits that never opened a chapter. */
  hubOnly: number;
  /** Ended visits, and the sums of their engaged time and idle tails, ms. */
  ended: number;
  engagedMs: number;
  idleTailMs: number;
  finish: number;
  home: number;
  idle: number;
  interrupted: number;
  open: number;
  zh: number;
  en: number;
  /** Visits that opened each chapter, tour order. */
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
}>;

const opened = (chapter: string) =>
  `SUM(EXISTS (SELECT 1 FROM visit_chapters c WHERE c.visit_id = v.id AND c.chapter = '${chapter}' AND c.opened = 1))`;

/** Daily totals of a window, in SQL; days without visits are absent (the caller fills them). */
export const createDailyRepo = (db: Database.Database): Readonly<{ days(w: StatsWindow): DailyRow[] }> => {
  const days = db.prepare(
    `SELECT (v.started_at + CAST(:offsetMs AS INTEGER)) / 86400000 AS day, COUNT(*) AS visits,
       SUM(v.ended_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visit_chapters c WHERE c.visit_id = v.id AND c.opened = 1)) AS hubOnly,
       SUM(v.last_interaction_at IS NOT NULL) AS ended,
       COALESCE(SUM(v.last_interaction_at - v.started_at), 0) AS engagedMs, COALESCE(SUM(v.ended_at - v.last_interaction_at), 0) AS idleTailMs,
       SUM(v.end_reason = 'finish') AS finish, SUM(v.end_reason = 'home') AS home, SUM(v.end_reason = 'idle') AS idle,
       SUM(v.end_reason = 'interrupted') AS interrupted, SUM(v.end_reason IS NULL) AS open,
       SUM(v.language = 'zh-CN') AS zh, SUM(v.language = 'en') AS en,
       ${opened('hard-core')} AS c0, ${opened('vitality')} AS c1, ${opened('momentum')} AS c2, ${opened('quality')} AS c3, ${opened('radiation')} AS c4
     FROM visits v WHERE v.started_at >= :fromMs AND v.started_at < :toMs GROUP BY day ORDER BY day`,
  );
  return { days: (w) => days.all(w) as DailyRow[] };
};
