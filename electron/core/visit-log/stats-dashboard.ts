import type { DashboardRepo, StatsRepo, StatsWindow } from '../../../db';
import { CHAPTER_IDS } from '../../shared/content-pack';
import type { DashboardChapter, DashboardPeriod, NarrationByLanguage, StatsDashboard } from '../../shared/contract/stats';
import { KioskFailure } from '../../shared/result';
import { dateOfDay, localDateWindow } from './date-range';

/** Longest range the dashboard may ask for (it also reads the period before). */
const MAX_DAYS = 3660;
const DAY_MS = 86_400_000;

const rate = (num: number, den: number): number | null => (den === 0 ? null : num / den);

type Window = StatsWindow & { days: number; firstDay: number };

/** Every figure of one window, from the two repositories. */
const period = (stats: StatsRepo, dash: DashboardRepo, w: Window): DashboardPeriod => {
  const perDay = new Map(stats.visitsPerDay(w).map((r) => [Number(r.key), r.n]));
  const visitsPerDay = Array.from({ length: w.days }, (_, i) => ({ date: dateOfDay(w.firstDay + i), visits: perDay.get(w.firstDay + i) ?? 0 }));
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const r of dash.heatmap(w)) heatmap[r.weekday]![r.hour] = r.n;

  const entered = new Map(stats.funnel(w).map((r) => [r.chapter, r.opened]));
  const dwell = new Map(dash.chapterDwell(w).map((r) => [r.chapter, r]));
  const narration = new Map<string, NarrationByLanguage[]>();
  for (const r of dash.narration(w)) {
    const list = narration.get(r.chapter) ?? [];
    list.push({ language: r.language as NarrationByLanguage['language'], started: r.started, completed: r.completed, completionRate: rate(r.completed, r.started) });
    narration.set(r.chapter, list);
  }
  const chapters: DashboardChapter[] = CHAPTER_IDS.map((chapter) => {
    const d = dwell.get(chapter);
    return {
      chapter,
      entered: entered.get(chapter) ?? 0,
      dwellSamples: d?.n ?? 0,
      medianEngagedMs: d ? d.median : null,
      p75EngagedMs: d ? d.p75 : null,
      narration: (narration.get(chapter) ?? []).sort((a, b) => (a.language < b.language ? -1 : 1)),
    };
  });

  const reach = dash.reach(w);
  const engaged = dash.engaged(w);
  const languages: Record<string, number> = {};
  for (const r of stats.visitsPerLanguage(w)) languages[String(r.key)] = r.n;
  const endReasons = { idle: 0, finish: 0, home: 0, interrupted: 0, open: 0 };
  for (const r of stats.visitsPerEndReason(w)) {
    const key = (r.key ?? 'open') as keyof typeof endReasons;
    if (key in endReasons) endReasons[key] += r.n;
  }
  return {
    from: visitsPerDay[0]!.date,
    to: visitsPerDay.at(-1)!.date,
    days: w.days,
    visits: reach.started,
    visitsPerDay,
    heatmap,
    funnel: {
      started: reach.started,
      hub: reach.started,
      pastHub: reach.pastHub,
      chapters: chapters.map((c) => ({ chapter: c.chapter, entered: c.entered })),
      allFive: reach.allFive,
    },
    hubOnly: reach.hubOnly,
    engaged: { visits: engaged.n, totalMs: engaged.total ?? 0, medianMs: engaged.median, p75Ms: engaged.p75, idleTailMs: engaged.idleTail ?? 0 },
    chapters,
    languages,
    endReasons,
  };
};

/** Repositories over no visits at all: the answer for a filter that selects none (the kiosk's own id left out). */
export const NO_STATS: StatsRepo = {
  visitsPerDay: () => [],
  visitsPerHour: () => [],
  visitsPerLanguage: () => [],
  visitsPerEndReason: () => [],
  funnel: () => [],
  dwell: () => [],
};
export const NO_DASHBOARD: DashboardRepo = {
  heatmap: () => [],
  reach: () => ({ started: 0, pastHub: 0, allFive: 0, hubOnly: 0 }),
  engaged: () => ({ n: 0, total: null, idleTail: null, median: null, p75: null }),
  chapterDwell: () => [],
  narration: () => [],
};

/**
 * The dashboard's answer for an inclusive range of local dates, plus the
 * period of the same length that ends the day before it.
 */
export const statsDashboard = (
  stats: StatsRepo,
  dash: DashboardRepo,
  from: string,
  to: string,
  utcOffsetMinutes: number,
): StatsDashboard => {
  const started = performance.now();
  const w = localDateWindow(from, to, utcOffsetMinutes);
  if (w.days > MAX_DAYS) throw new KioskFailure('invalid-input', `range too long: ${w.days} days (max ${MAX_DAYS})`, 'to');
  const length = w.days * DAY_MS;
  const prev: Window = { ...w, fromMs: w.fromMs - length, toMs: w.fromMs, firstDay: w.firstDay - w.days };
  return {
    utcOffsetMinutes,
    current: period(stats, dash, w),
    previous: period(stats, dash, prev),
    tookMs: Math.round(performance.now() - started),
  };
};
