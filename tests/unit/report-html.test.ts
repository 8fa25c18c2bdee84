import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml, type ReportContext } from '../../electron/core/report/report-html';
import { readFontSubsets } from '../../electron/core/report/report-fonts';
import { count, percent } from '../../electron/core/report/report-format';
import type { VisitLog } from '../../electron/core/visit-log';
import type { StatsDashboard } from '../../electron/shared/contract/stats';
import { defaultPackWords, FONT_SOURCE, REPORT_RANGE, reportVisitLog } from '../fixtures/report';
import { tempDir } from '../fixtures/visit-log/temp';

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let dashboard: StatsDashboard;
const fonts = readFontSubsets(FONT_SOURCE);
const context = (language: 'zh-CN' | 'en', extra: Partial<ReportContext> = {}): ReportContext => ({
  language,
  kioskId: 'jiangbei-01',
  generatedAtMs: Date.parse('2026-12-03T09:04:00Z'),
  ...defaultPackWords(language),
  ...extra,
});
/** The page's text as a reader sees it: tags dropped, entities of the builder decoded. */
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

beforeAll(() => {
  tmp = tempDir('kiosk-report-html-');
  log = reportVisitLog(path.join(tmp.dir, 'data'));
  dashboard = log.dashboard(REPORT_RANGE.from, REPORT_RANGE.to);
}, 120_000);
afterAll(() => {
  log.close();
  tmp.cleanup();
});

describe('report HTML from a real SQLite data set', () => {
  it('shows the figures of stats:dashboard for the range and the previous period', () => {
    const { current: cur, previous: prev } = dashboard;
    expect(cur.visits).toBeGreaterThan(1000);
    const page = text(buildReportHtml(dashboard, context('en'), fonts));
    expect(page).toContain(`Visits ${count(cur.visits)}`);
    expect(page).toContain(`Previous ${count(prev.visits)}`);
    expect(page).toContain(`Opened a chapter ${percent(cur.funnel.pastHub, cur.funnel.started)} ${count(cur.funnel.pastHub)} visits`);
    expect(page).toContain(`Saw all five chapters ${percent(cur.funnel.allFive, cur.funnel.started)} ${count(cur.funnel.allFive)} visits`);
    // Funnel bars are labelled in the SVG; chapter rows carry each chapter's reach and narration.
    for (const step of [cur.funnel.started, cur.funnel.pastHub, ...cur.funnel.chapters.map((c) => c.entered), cur.funnel.allFive])
      expect(page).toContain(`${count(step)} · ${percent(step, cur.funnel.started)}`);
    for (const c of cur.chapters) {
      const words = defaultPackWords('en').chapters[c.chapter]!;
      expect(page).toContain(`${words.keyword} ${words.title} ${count(c.entered)}`);
    }
    for (const [language, name] of [['zh-CN', 'Chinese'], ['en', 'English']] as const)
      expect(page).toContain(`${name} ${count(cur.languages[language] ?? 0)} ${percent(cur.languages[language] ?? 0, cur.visits)}`);
    expect(page).toContain(`Left idle ${count(cur.endReasons.idle)}`);
    expect(page).toContain(`Finished ${count(cur.endReasons.finish)}`);
    expect(page).toContain(`Compared with the previous period ${prev.from} – ${prev.to}`);
    expect(page).toContain('2026-12-03 17:04 (UTC+08:00)');
  });

  it('is self-contained in Chinese: inlined font subsets, inline SVG, no script, nothing fetched', () => {
    const html = buildReportHtml(dashboard, context('zh-CN'), fonts);
    expect(text(html)).toContain('“长嘉汇”的硬核就是金融');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)|file:/i);
    expect(html).toContain('<svg');
    const inlined = html.match(/data:font\/woff2;base64,/g) ?? [];
    // The subsets for the page's characters only: a few of the font's ~200.
    expect(inlined.length).toBeGreaterThan(2);
    expect(inlined.length).toBeLessThan(fonts.length / 4);
  });

  it('escapes pack text everywhere it appears (table and chart labels)', () => {
    const hostile = { keyword: '<img src=x onerror=alert(1)>', title: '"><script>alert(2)</script>&' };
    const html = buildReportHtml(dashboard, context('en', { showroom: '<b>x</b>', chapters: { ...defaultPackWords('en').chapters, 'hard-core': hostile } }), fonts);
    expect(html).not.toMatch(/<script|<img|<b>x/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;');
  });

  it('draws the previous period day by day only when it had visits', () => {
    expect(buildReportHtml(dashboard, context('en'), fonts)).toContain('Previous period (same day number)');
    // The data set starts on 2026-09-25: August had no visits.
    const firstMonth = log.dashboard('2026-09-01', '2026-09-30');
    expect(firstMonth.current.visits).toBeGreaterThan(0);
    expect(firstMonth.previous.visits).toBe(0);
    const page = text(buildReportHtml(firstMonth, context('en'), fonts));
    expect(page).not.toContain('Previous period (same day number)');
    expect(page).toContain('No previous data');
  });

  it('says there were no visits instead of drawing empty charts', () => {
    const empty = log.dashboard('2030-01-01', '2030-01-07');
    const page = text(buildReportHtml(empty, context('zh-CN'), fonts));
    expect(page).toContain('此期间没有参观记录');
    expect(page).not.toContain('参观漏斗');
  });
});
