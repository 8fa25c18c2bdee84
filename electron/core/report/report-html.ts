import type { KioskLanguage } from '../../shared/content-pack';
import type { DashboardPeriod, StatsDashboard } from '../../shared/contract/stats';
import { chapterTable, type ChapterWords } from './report-chapters';
import { funnelChart, visitsPerDayChart } from './report-charts';
import { REPORT_CSS } from './report-css';
import { inlineFontFaces, type FontSubset } from './report-fonts';
import { change, count, duration, escapeHtml as h, localTime, percent, pointsChange, share } from './report-format';
import { REPORT_STRINGS, type ReportStrings } from './report-strings';

/** Everything one report shows besides its figures. */
export type ReportContext = Readonly<{
  language: KioskLanguage;
  kioskId: string;
  /** The active pack's title in the report's language (the showroom's name). */
  showroom: string;
  /** Chapter id → keyword and title in the report's language (from the pack: escaped here). */
  chapters: ChapterWords;
  generatedAtMs: number;
}>;

type Delta = ReturnType<typeof change>;

const kpi = (label: string, value: string, delta: Delta, previous: string, s: ReportStrings, unit = ''): string =>
  `<div class="kpi"><p class="label">${h(label)}</p><p class="value">${h(value)}${unit ? `<small>${h(unit)}</small>` : ''}</p>` +
  `<p class="delta">${delta ? `<b>${h(delta.text)}</b>` : ''}${h(delta ? `${s.previous} ${previous}` : s.noComparison)}</p></div>`;

const kpis = (cur: DashboardPeriod, prev: DashboardPeriod, s: ReportStrings): string => {
  const rate = (p: DashboardPeriod, n: number) => share(n, p.funnel.started);
  return `<section class="kpis">${[
    kpi(s.visits, count(cur.visits), change(cur.visits, prev.visits), count(prev.visits), s),
    kpi(s.engagedMedian, duration(cur.engaged.medianMs, s), change(cur.engaged.medianMs, prev.engaged.medianMs), duration(prev.engaged.medianMs, s), s),
    kpi(s.pastHub, percent(cur.funnel.pastHub, cur.funnel.started), pointsChange(rate(cur, cur.funnel.pastHub), rate(prev, prev.funnel.pastHub)), percent(prev.funnel.pastHub, prev.funnel.started), s, `${count(cur.funnel.pastHub)} ${s.visitsUnit(cur.funnel.pastHub)}`),
    kpi(s.allFive, percent(cur.funnel.allFive, cur.funnel.started), pointsChange(rate(cur, cur.funnel.allFive), rate(prev, prev.funnel.allFive)), percent(prev.funnel.allFive, prev.funnel.started), s, `${count(cur.funnel.allFive)} ${s.visitsUnit(cur.funnel.allFive)}`),
  ].join('')}</section>`;
};

/** A small table: this period's count, its share and a bar, the previous period's bar under it. */
const shareTable = (title: string, rows: ReadonlyArray<readonly [string, number, number]>, cur: number, prev: number, s: ReportStrings): string => {
  const max = Math.max(1, ...rows.flatMap(([, a, b]) => [share(a, cur) ?? 0, share(b, prev) ?? 0]));
  const width = (n: number, of: number) => `${Math.round(((share(n, of) ?? 0) / max) * 100)}%`;
  const body = rows
    .map(
      ([name, a, b]) =>
        `<tr><td>${h(name)}</td><td class="n">${count(a)}</td><td class="n">${percent(a, cur)}</td>` +
        `<td class="bar"><i style="width:${width(a, cur)}"></i><i class="prev" style="width:${width(b, prev)}"></i></td><td class="n">${percent(b, prev)}</td></tr>`,
    )
    .join('');
  const key = `<span class="key"><i></i>${h(s.thisPeriod)}<i class="prev"></i>${h(s.previous)}</span>`;
  return `<section class="card"><h2>${h(title)}${key}</h2><table><thead><tr><th></th><th class="n">${h(s.visits)}</th><th class="n">${h(s.share)}</th><th></th><th class="n">${h(s.previous)}</th></tr></thead><tbody>${body}</tbody></table></section>`;
};

// Every language visits used, also a pack's own (zh-Hant): the kiosk's names first, else the tag.
const languageRows = (cur: DashboardPeriod, prev: DashboardPeriod, s: ReportStrings) =>
  [...new Set([...Object.keys(s.languageNames), ...Object.keys(cur.languages), ...Object.keys(prev.languages)])]
    .filter((l) => (cur.languages[l] ?? 0) + (prev.languages[l] ?? 0) > 0)
    .map((l) => [s.languageNames[l as KioskLanguage] ?? l, cur.languages[l] ?? 0, prev.languages[l] ?? 0] as const);

const endReasonRows = (cur: DashboardPeriod, prev: DashboardPeriod, s: ReportStrings) =>
  (Object.keys(s.endReasonNames) as Array<keyof ReportStrings['endReasonNames']>)
    .filter((r) => r !== 'open' || cur.endReasons.open + prev.endReasons.open > 0)
    .map((r) => [s.endReasonNames[r], cur.endReasons[r], prev.endReasons[r]] as const);

const keywords = (words: ChapterWords) => Object.fromEntries(Object.entries(words).map(([id, w]) => [id, w.keyword]));

/** The page's visible text before fonts, so the font subsets can be picked from it. */
const body = (d: StatsDashboard, c: ReportContext, s: ReportStrings): string => {
  const { current: cur, previous: prev } = d;
  const range = cur.from === cur.to ? cur.from : `${cur.from} – ${cur.to}`;
  const header =
    `<header class="top"><div><p class="eyebrow">${h(c.showroom)}</p><h1>${h(s.title)}</h1><p class="range">${h(range)}<span>${h(s.days(cur.days))}</span></p></div>` +
    `<dl class="meta"><dt>${h(s.kiosk)}</dt><dd>${h(c.kioskId)}</dd><dt>${h(s.generated)}</dt><dd>${h(localTime(c.generatedAtMs, d.utcOffsetMinutes))}</dd></dl></header>` +
    `<p class="compare">${h(s.previousPeriod(prev.from, prev.to))}</p>`;
  if (cur.visits === 0 && prev.visits === 0) return `${header}<p class="empty">${h(s.noData)}</p>`;
  return (
    header +
    kpis(cur, prev, s) +
    `<section class="card"><h2>${h(s.visitsPerDay)}</h2>${visitsPerDayChart(cur, prev, s)}</section>` +
    `<div class="two"><section class="card"><h2>${h(s.funnel)}</h2>${funnelChart(cur, keywords(c.chapters), s)}</section>` +
    `<div class="stack">${shareTable(s.languages, languageRows(cur, prev, s), cur.visits, prev.visits, s)}` +
    `${shareTable(s.endReasons, endReasonRows(cur, prev, s), cur.visits, prev.visits, s)}</div></div>` +
    chapterTable(cur, c.chapters, s)
  );
};

/**
 * The report as one self-contained HTML page: figures from `stats:dashboard`,
 * charts as inline SVG, the fonts it needs inlined, no script and nothing
 * fetched, so it prints the same offline in Electron and in headless Chromium.
 */
export const buildReportHtml = (dashboard: StatsDashboard, context: ReportContext, fonts: readonly FontSubset[]): string => {
  const s = REPORT_STRINGS[context.language];
  const main = body(dashboard, context, s);
  const footer = `<footer><span>${h(s.notes)}</span><span>${h(context.kioskId)}</span></footer>`;
  const page = `<main class="page">${main}${footer}</main>`;
  const title = `${s.title} ${dashboard.current.from} – ${dashboard.current.to}`;
  return (
    `<!doctype html><html lang="${context.language}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">` +
    `<title>${h(title)}</title><style>${inlineFontFaces(fonts, page + title)}\n${REPORT_CSS}</style></head><body>${page}</body></html>`
  );
};
