import type { EChartsCoreOption } from 'echarts/core';
import type { ChapterId, KioskLanguage } from '../../../electron/shared/content-pack';
import type { DashboardPeriod, StatsDashboard } from '../../../electron/shared/contract/stats';
import type { DashboardStrings } from './strings';

/**
 * Pure builders of the dashboard's chart options from a `stats:dashboard`
 * answer: no echarts code runs here, so they are tested without a DOM.
 * Every option turns animation off (no frames spent while the screen idles,
 * no GPU on the kiosk) and uses the kiosk's palette (styles/tokens.css).
 */

/** Chapter titles in the dashboard's language (from the active pack); ids stand in for missing ones. */
export type ChapterTitles = Readonly<Partial<Record<ChapterId, string>>>;

export const PALETTE = { gold: '#e6bb69', river: '#74c9c4', ink: '#f5efe3', muted: '#93a3b4', line: 'rgba(245, 239, 227, 0.22)', dusk: '#13263a' } as const;

const base = (): EChartsCoreOption => ({
  animation: false,
  textStyle: { color: PALETTE.ink, fontSize: 16 },
  grid: { left: 16, right: 24, top: 40, bottom: 16, containLabel: true },
  tooltip: { trigger: 'axis', confine: true },
});
const valueAxis = { type: 'value', axisLabel: { color: PALETTE.muted }, splitLine: { lineStyle: { color: PALETTE.line } } };
const categoryAxis = (data: readonly string[]) => ({ type: 'category', data, axisLabel: { color: PALETTE.muted }, axisLine: { lineStyle: { color: PALETTE.line } } });
const legend = (names: readonly string[]) => ({ data: names, top: 0, textStyle: { color: PALETTE.ink } });
const title = (titles: ChapterTitles, id: ChapterId) => titles[id] ?? id;

/** Visits per day as bars, the previous period's day-by-day figures as a line over the same positions. */
export const visitsPerDayOption = (d: StatsDashboard, s: DashboardStrings): EChartsCoreOption => ({
  ...base(),
  legend: legend([s.visits, s.previous]),
  xAxis: categoryAxis(d.current.visitsPerDay.map((v) => v.date.slice(5))),
  yAxis: valueAxis,
  series: [
    { name: s.visits, type: 'bar', data: d.current.visitsPerDay.map((v) => v.visits), itemStyle: { color: PALETTE.gold } },
    // A one-day period has one point: drawn as a dot, a line needs two.
    { name: s.previous, type: 'line', data: d.previous.visitsPerDay.map((v) => v.visits), itemStyle: { color: PALETTE.river }, symbol: d.previous.days === 1 ? 'circle' : 'none', symbolSize: 14 },
  ],
});

/** Weekday (rows, Monday on top) × hour (columns) heat map of visit starts. */
export const heatmapOption = (p: DashboardPeriod, s: DashboardStrings): EChartsCoreOption => {
  const data = p.heatmap.flatMap((row, weekday) => row.map((n, hour) => [hour, weekday, n]));
  const max = Math.max(1, ...p.heatmap.flat());
  return {
    ...base(),
    tooltip: { position: 'top', confine: true },
    grid: { left: 16, right: 16, top: 16, bottom: 64, containLabel: true },
    xAxis: { ...categoryAxis(Array.from({ length: 24 }, (_, h) => String(h))), splitArea: { show: true } },
    yAxis: { ...categoryAxis(s.weekdays), inverse: true },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: [PALETTE.dusk, PALETTE.gold] }, textStyle: { color: PALETTE.ink } },
    series: [{ name: s.visits, type: 'heatmap', data, label: { show: false } }],
  };
};

/** The funnel steps with their visit counts, in order (also what the funnel chart draws). */
export const funnelSteps = (p: DashboardPeriod, s: DashboardStrings, titles: ChapterTitles): Array<{ label: string; visits: number }> => [
  { label: s.funnelSteps.started, visits: p.funnel.started },
  { label: s.funnelSteps.hub, visits: p.funnel.hub },
  { label: s.funnelSteps.pastHub, visits: p.funnel.pastHub },
  ...p.funnel.chapters.map((c) => ({ label: title(titles, c.chapter), visits: c.entered })),
  { label: s.funnelSteps.allFive, visits: p.funnel.allFive },
];

/** The funnel as horizontal bars (first step on top), each labelled with its share of visits started. */
export const funnelOption = (p: DashboardPeriod, s: DashboardStrings, titles: ChapterTitles): EChartsCoreOption => {
  const steps = funnelSteps(p, s, titles);
  const started = p.funnel.started;
  return {
    ...base(),
    // Room on the right for the "529 · 100 %" labels.
    grid: { left: 16, right: 96, top: 16, bottom: 16, containLabel: true },
    yAxis: { ...categoryAxis(steps.map((x) => x.label)), inverse: true },
    xAxis: valueAxis,
    series: [
      {
        name: s.visits,
        type: 'bar',
        data: steps.map((x) => ({
          value: x.visits,
          label: { show: true, position: 'right', color: PALETTE.ink, formatter: `${x.visits} · ${started ? Math.round((x.visits / started) * 100) : 0} %` },
        })),
        itemStyle: { color: PALETTE.gold },
      },
    ],
  };
};

/** Median and p75 engaged dwell per chapter, in seconds. */
export const dwellOption = (p: DashboardPeriod, s: DashboardStrings, titles: ChapterTitles): EChartsCoreOption => {
  const sec = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);
  return {
    ...base(),
    legend: legend([s.median, s.p75]),
    xAxis: categoryAxis(p.chapters.map((c) => title(titles, c.chapter))),
    yAxis: { ...valueAxis, name: s.seconds, nameTextStyle: { color: PALETTE.muted } },
    series: [
      { name: s.median, type: 'bar', data: p.chapters.map((c) => sec(c.medianEngagedMs)), itemStyle: { color: PALETTE.gold } },
      { name: s.p75, type: 'bar', data: p.chapters.map((c) => sec(c.p75EngagedMs)), itemStyle: { color: PALETTE.river } },
    ],
  };
};

/** Languages as the dashboard lists them: the named ones in this order, any other after them by its tag. */
const LANGUAGE_ORDER: readonly string[] = ['zh-CN', 'zh-Hant', 'en'];
/** The kiosk's own languages, listed even without visits (the renderer may import only types from content-pack). */
const KIOSK_LANGUAGES: readonly KioskLanguage[] = ['zh-CN', 'en'];
const inLanguageOrder = (tags: Iterable<string>): string[] => {
  const rank = (tag: string) => (LANGUAGE_ORDER.includes(tag) ? LANGUAGE_ORDER.indexOf(tag) : LANGUAGE_ORDER.length);
  return [...new Set(tags)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
};

/** Narration completion (percent) per chapter, one bar series per language that played. */
export const narrationOption = (p: DashboardPeriod, s: DashboardStrings, titles: ChapterTitles): EChartsCoreOption => {
  const languages = inLanguageOrder(p.chapters.flatMap((c) => c.narration.map((n) => n.language)));
  const colors = [PALETTE.gold, PALETTE.river, PALETTE.muted];
  return {
    ...base(),
    legend: legend(languages.map((l) => s.languageNames[l] ?? l)),
    xAxis: categoryAxis(p.chapters.map((c) => title(titles, c.chapter))),
    yAxis: { ...valueAxis, max: 100, axisLabel: { color: PALETTE.muted, formatter: '{value} %' } },
    series: languages.map((language, i) => ({
      name: s.languageNames[language] ?? language,
      type: 'bar',
      itemStyle: { color: colors[i % colors.length] },
      data: p.chapters.map((c) => {
        const rate = c.narration.find((n) => n.language === language)?.completionRate ?? null;
        return rate === null ? null : Math.round(rate * 1000) / 10;
      }),
    })),
  };
};

/** Label → count bars for a small split (languages, end reasons), largest first, with the previous period beside. */
export const splitOption = (
  entries: ReadonlyArray<Readonly<{ label: string; now: number; before: number }>>,
  s: DashboardStrings,
): EChartsCoreOption => ({
  ...base(),
  legend: legend([s.visits, s.previous]),
  yAxis: { ...categoryAxis(entries.map((e) => e.label)), inverse: true },
  xAxis: valueAxis,
  series: [
    { name: s.visits, type: 'bar', data: entries.map((e) => e.now), itemStyle: { color: PALETTE.gold } },
    { name: s.previous, type: 'bar', data: entries.map((e) => e.before), itemStyle: { color: PALETTE.river } },
  ],
});

/**
 * The languages split of both periods: the kiosk's own two always, and every other language
 * either period has visits in (a pack's zh-Hant, say); a tag without a name shows as itself.
 */
export const languageEntries = (d: StatsDashboard, s: DashboardStrings) =>
  inLanguageOrder([...KIOSK_LANGUAGES, ...Object.keys(d.current.languages), ...Object.keys(d.previous.languages)]).map(
    (l) => ({
      label: s.languageNames[l] ?? l,
      now: d.current.languages[l] ?? 0,
      before: d.previous.languages[l] ?? 0,
    }),
  );

/** The end reasons of both periods, in a fixed order (open only when there is one). */
export const endReasonEntries = (d: StatsDashboard, s: DashboardStrings) =>
  (['finish', 'home', 'idle', 'interrupted', 'open'] as const)
    .filter((r) => r !== 'open' || d.current.endReasons.open > 0)
    .map((r) => ({ label: s.endReasonNames[r], now: d.current.endReasons[r], before: d.previous.endReasons[r] }));
