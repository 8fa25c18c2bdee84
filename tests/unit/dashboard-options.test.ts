import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitLog } from '../../electron/core/visit-log';
import type { StatsDashboard } from '../../electron/shared/contract/stats';
import {
  dwellOption,
  endReasonEntries,
  funnelOption,
  funnelSteps,
  heatmapOption,
  languageEntries,
  narrationOption,
  visitsPerDayOption,
} from '../../renderer/admin/dashboard/chart-options';
import { formatChange, formatDuration } from '../../renderer/admin/dashboard/format';
import { presetRange } from '../../renderer/admin/dashboard/range-presets';
import { dashboardStrings, type DashboardStrings } from '../../renderer/admin/dashboard/strings';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const localMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const TITLES = { 'hard-core': '硬核', vitality: '活力', momentum: '动力', quality: '品质', radiation: '辐射' } as const;
const zh = dashboardStrings('zh-CN');

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let d: StatsDashboard;
beforeAll(() => {
  tmp = tempDir();
  log = testVisitLog(tmp.dir).log;
  ingestAll(log, generateVisits({ seed: 3, visits: 600, fromMs: localMidnight('2026-11-01'), toMs: localMidnight('2026-11-15'), idleTails: true }));
  d = log.dashboard('2026-11-08', '2026-11-14'); // a real stats:dashboard answer, with a previous week
});
afterAll(() => {
  log.close();
  tmp.cleanup();
});

type Series = { name: string; type: string; data: unknown[] };
const series = (o: Record<string, unknown>) => o['series'] as Series[];

describe('dashboard chart options (pure, from a stats:dashboard answer)', () => {
  it('never animate', () => {
    for (const o of [visitsPerDayOption(d, zh), heatmapOption(d.current, zh), funnelOption(d.current, zh, TITLES), dwellOption(d.current, zh, TITLES), narrationOption(d.current, zh, TITLES)])
      expect(o['animation']).toBe(false);
  });

  it('draw visits per day against the previous period day by day', () => {
    const o = visitsPerDayOption(d, zh);
    expect(series(o)[0]!.data).toEqual(d.current.visitsPerDay.map((x) => x.visits));
    expect(series(o)[1]!.data).toEqual(d.previous.visitsPerDay.map((x) => x.visits));
    expect((o['xAxis'] as { data: string[] }).data).toEqual(['11-08', '11-09', '11-10', '11-11', '11-12', '11-13', '11-14']);
    expect(d.previous.from).toBe('2026-11-01');
    expect(d.current.visits).toBeGreaterThan(0);
  });

  it('put every visit in one heat-map cell, Monday first', () => {
    const o = heatmapOption(d.current, zh);
    const cells = series(o)[0]!.data as Array<[number, number, number]>;
    expect(cells).toHaveLength(7 * 24);
    expect(cells.reduce((n, c) => n + c[2], 0)).toBe(d.current.visits);
    expect((o['yAxis'] as { data: string[] }).data[0]).toBe('周一');
  });

  it('list the funnel in order with chapter titles from the pack and shares of visits started', () => {
    const steps = funnelSteps(d.current, zh, TITLES);
    expect(steps.map((x) => x.label)).toEqual(['开始参观', '进入目录', '打开篇章', '硬核', '活力', '动力', '品质', '辐射', '看完五篇']);
    expect(steps[0]!.visits).toBe(d.current.visits);
    const bars = series(funnelOption(d.current, zh, TITLES))[0]!.data as Array<{ value: number; label: { formatter: string } }>;
    expect(bars[2]!.label.formatter).toBe(`${d.current.funnel.pastHub} · ${Math.round((d.current.funnel.pastHub / d.current.visits) * 100)} %`);
  });

  it('give engaged dwell in seconds and narration completion in percent per language', () => {
    const dwell = series(dwellOption(d.current, zh, TITLES));
    expect(dwell[0]!.data[0]).toBeCloseTo(d.current.chapters[0]!.medianEngagedMs! / 1000, 1);
    const narration = series(narrationOption(d.current, dashboardStrings('en'), TITLES));
    expect(narration.map((x) => x.name)).toEqual(['Simplified Chinese', 'English']);
    const en = d.current.chapters[0]!.narration.find((n) => n.language === 'en')!;
    expect(narration[1]!.data[0]).toBeCloseTo(en.completionRate! * 100, 1);
  });

  it('split languages and end reasons for both periods', () => {
    expect(languageEntries(d, zh).reduce((n, e) => n + e.now, 0)).toBe(d.current.visits);
    const ends = endReasonEntries(d, dashboardStrings('en'));
    expect(ends.map((e) => e.label).slice(0, 4)).toEqual(['Finished', 'Went home', 'Left idle', 'Interrupted']);
    expect(ends.reduce((n, e) => n + e.now, 0)).toBe(d.current.visits);
  });
});

describe('the language comparison lists every language of the data', () => {
  let own: ReturnType<typeof tempDir>;
  let ownLog: VisitLog;
  beforeAll(() => {
    own = tempDir();
    ownLog = testVisitLog(own.dir).log;
    // Visits in a real SQLite file, in zh-Hant (a pack's third language) and a tag no label names.
    const noon = (date: string) => Date.parse(`${date}T12:00:00+08:00`);
    const visit = (at: number, language: string, narrated = false) => {
      const visitId = randomUUID();
      ownLog.ingest('start', { visitId, at, language, packId: 'default', packVersion: '1.0.0' });
      if (narrated) {
        ownLog.ingest('event', {
          id: randomUUID(),
          visitId,
          seq: 1,
          at: at + 1000,
          type: 'narration-started',
          chapter: 'vitality',
          payload: { positionMs: 0 },
        });
        ownLog.ingest('event', {
          id: randomUUID(),
          visitId,
          seq: 2,
          at: at + 60_000,
          type: 'narration-completed',
          chapter: 'vitality',
          payload: { positionMs: 59_000 },
        });
      }
      ownLog.ingest('end', { visitId, at: at + 90_000, reason: 'finish' });
    };
    for (const [i, language] of ['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-CN', 'yue'].entries())
      visit(noon('2026-11-10') + i * 100_000, language, language === 'zh-Hant');
    visit(noon('2026-11-09'), 'zh-Hant');
    while (ownLog.health().buffered > 0) if (!ownLog.flush()) throw new Error('flush failed');
  });
  afterAll(() => {
    ownLog.close();
    own.cleanup();
  });

  it('with zh-Hant and an unnamed tag beside the kiosk languages, in both admin languages', () => {
    const day = ownLog.dashboard('2026-11-10', '2026-11-10');
    const rows = (s: DashboardStrings) => languageEntries(day, s).map((e) => [e.label, e.now, e.before]);
    expect(rows(zh)).toEqual([
      ['简体中文', 1, 0],
      ['繁體中文', 3, 1],
      ['English', 0, 0],
      ['yue', 1, 0],
    ]);
    expect(rows(dashboardStrings('en')).map(([label]) => label)).toEqual([
      'Simplified Chinese',
      'Traditional Chinese',
      'English',
      'yue',
    ]);
    const narration = series(narrationOption(day.current, dashboardStrings('en'), TITLES));
    expect(narration.map((x) => [x.name, x.data[1]])).toEqual([['Traditional Chinese', 100]]);
  });
});

describe('dashboard helpers', () => {
  it('turn presets into inclusive local ranges', () => {
    const custom = { from: '2026-03-09', to: '2026-03-01' };
    expect(presetRange('today', '2026-03-10', custom)).toEqual({ from: '2026-03-10', to: '2026-03-10' });
    expect(presetRange('7d', '2026-03-03', custom)).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(presetRange('30d', '2026-03-10', custom)).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(presetRange('month', '2026-03-10', custom)).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    expect(presetRange('custom', '2026-03-10', custom)).toEqual({ from: '2026-03-01', to: '2026-03-09' });
  });

  it('format durations and changes for people', () => {
    expect(formatDuration(45_400, zh)).toBe('45 秒');
    expect(formatDuration(185_000, dashboardStrings('en'))).toBe('3 min 05 s');
    expect(formatDuration(null, zh)).toBe('–');
    expect([formatChange(112, 100), formatChange(95, 100), formatChange(5, 0)]).toEqual(['+12 %', '−5 %', null]);
  });
});
