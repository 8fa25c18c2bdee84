import type { StatsRepo } from '../../../db';
import { CHAPTER_IDS, type ChapterId } from '../../shared/content-pack';
import type { ChapterStats, StatsSummary } from '../../shared/contract/visits';
import { KioskFailure } from '../../shared/result';
import { dateOfDay, localDateWindow } from './date-range';

/** Longest range the console may ask for in one call (a per-day array is returned). */
const MAX_DAYS = 3660;

const rate = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Computes the admin console's statistics for an inclusive range of local dates. */
export const statsSummary = (repo: StatsRepo, from: string, to: string, utcOffsetMinutes: number): StatsSummary => {
  const started = performance.now();
  const w = localDateWindow(from, to, utcOffsetMinutes);
  if (w.days > MAX_DAYS) throw new KioskFailure('invalid-input', `range too long: ${w.days} days (max ${MAX_DAYS})`, 'to');

  const perDay = new Map(repo.visitsPerDay(w).map((r) => [Number(r.key), r.n]));
  const visitsPerDay = Array.from({ length: w.days }, (_, i) => ({ date: dateOfDay(w.firstDay + i), visits: perDay.get(w.firstDay + i) ?? 0 }));
  const perHour = new Map(repo.visitsPerHour(w).map((r) => [Number(r.key), r.n]));
  const visitsPerHour = Array.from({ length: 24 }, (_, hour) => ({ hour, visits: perHour.get(hour) ?? 0 }));

  const funnel = new Map(repo.funnel(w).map((r) => [r.chapter, r]));
  const dwell = new Map(repo.dwell(w).map((r) => [r.chapter, r]));
  const chapters: ChapterStats[] = CHAPTER_IDS.map((chapter: ChapterId) => {
    const f = funnel.get(chapter);
    const narrationStarted = f?.started ?? 0;
    const narrationCompleted = f?.completed ?? 0;
    const d = dwell.get(chapter);
    return {
      chapter,
      entered: f?.opened ?? 0,
      narrationStarted,
      narrationCompleted,
      narrationCompletionRate: rate(narrationCompleted, narrationStarted),
      dwellSamples: d?.n ?? 0,
      avgDwellMs: d ? d.avg : null,
      medianDwellMs: d ? d.median : null,
    };
  });
  const sum = (pick: (c: ChapterStats) => number) => chapters.reduce((total, c) => total + pick(c), 0);

  const languages: Record<string, number> = {};
  for (const r of repo.visitsPerLanguage(w)) languages[String(r.key)] = r.n;
  const endReasons = { idle: 0, finish: 0, home: 0, interrupted: 0, open: 0 };
  for (const r of repo.visitsPerEndReason(w)) {
    const key = (r.key ?? 'open') as keyof typeof endReasons;
    if (key in endReasons) endReasons[key] += r.n;
  }
  return {
    from,
    to,
    utcOffsetMinutes,
    visits: visitsPerDay.reduce((total, d) => total + d.visits, 0),
    visitsPerDay,
    visitsPerHour,
    chapters,
    narrationCompletionRate: rate(sum((c) => c.narrationCompleted), sum((c) => c.narrationStarted)),
    languages,
    endReasons,
    tookMs: Math.round(performance.now() - started),
  };
};
