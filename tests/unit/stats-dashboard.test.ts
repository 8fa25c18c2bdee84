import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardRepo, createStatsRepo, openDatabase } from '../../db';
import { statsDashboard, statsSummary } from '../../electron/core/visit-log';
import { expectedDashboardPeriod } from '../fixtures/visit-log/expected-dashboard';
import { generateVisits, type GeneratedVisit } from '../fixtures/visit-log/generate';
import { writeVisits } from '../fixtures/visit-log/bulk';
import { tempDir } from '../fixtures/visit-log/temp';

const OFFSET = 480; // Chongqing, UTC+8
const DAY = 86_400_000;
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`) - OFFSET * 60_000;

let tmp: ReturnType<typeof tempDir>;
let db: Database.Database;
let visits: GeneratedVisit[];
beforeAll(() => {
  tmp = tempDir();
  db = openDatabase(path.join(tmp.dir, 'visits.sqlite'));
  // 100,000 visits over Nov 2025 – Feb 2026 (local), ends as the kiosk makes them.
  visits = generateVisits({ seed: 17, visits: 100_000, fromMs: localMidnight('2025-11-01'), toMs: localMidnight('2026-03-01'), timeIds: true, idleTails: true, lean: true });
  writeVisits(db, visits);
  // Generating and writing ~1.2M events takes 30 s on an idle 2-core box, minutes on a shared one.
}, 600_000);
afterAll(() => {
  db.close();
  tmp.cleanup();
});

const dashboard = (from: string, to: string) => statsDashboard(createStatsRepo(db), createDashboardRepo(db), from, to, OFFSET);

// Each query runs over up to 100,000 visits: generous timeouts for the shared box.
describe('stats:dashboard on 100,000 generated visits', { timeout: 300_000 }, () => {
  it.each([
    ['2026-01-01', '2026-01-31'],
    ['2026-02-14', '2026-02-14'],
    ['2025-10-01', '2026-03-31'],
  ])('equals the hand-computed answer for %s … %s and the period before it', (from, to) => {
    const got = dashboard(from, to);
    const days = got.current.days;
    for (const [p, start] of [
      [got.current, localMidnight(from)],
      [got.previous, localMidnight(from) - days * DAY],
    ] as const) {
      const want = expectedDashboardPeriod(visits, start, start + days * DAY, OFFSET);
      expect(p.visits).toBe(want.visits);
      expect(p.visitsPerDay).toHaveLength(days);
      expect(p.visitsPerDay.filter((d) => d.visits > 0).map((d) => [d.date, d.visits])).toEqual([...want.perDay].sort());
      expect(p.heatmap).toEqual(want.heatmap);
      expect(p.funnel).toEqual(want.funnel);
      expect(p.hubOnly).toBe(want.hubOnly);
      expect(p.engaged).toEqual(want.engaged);
      expect(p.languages).toEqual(want.languages);
      expect(p.endReasons).toEqual(want.endReasons);
      for (const [i, c] of p.chapters.entries()) {
        const w = want.chapters[i]!;
        expect({ ...c, narration: c.narration.map((n) => ({ ...n, completionRate: null })) }).toEqual({
          ...w,
          narration: w.narration.map((n) => ({ ...n, completionRate: null })),
        });
        for (const [j, n] of c.narration.entries()) expect(n.completionRate ?? -1).toBeCloseTo(w.narration[j]!.completionRate ?? -1, 12);
      }
    }
    expect(got.previous.to).toBe(new Date(Date.parse(`${from}T00:00:00Z`) - DAY).toISOString().slice(0, 10));
  });

  it('agrees with stats:summary and with independent SQL over the same database', () => {
    const got = dashboard('2026-01-01', '2026-01-31').current;
    const summary = statsSummary(createStatsRepo(db), '2026-01-01', '2026-01-31', OFFSET);
    expect(got.visits).toBe(summary.visits);
    expect(got.visitsPerDay).toEqual(summary.visitsPerDay);
    expect(got.funnel.chapters.map((c) => c.entered)).toEqual(summary.chapters.map((c) => c.entered));
    expect(got.languages).toEqual(summary.languages);
    expect(got.endReasons).toEqual(summary.endReasons);
    // SQLite's own calendar (strftime with a '+8 hours' modifier) instead of the repository's integer arithmetic.
    const rows = db
      .prepare(
        `SELECT (CAST(strftime('%w', started_at / 1000, 'unixepoch', '+8 hours') AS INTEGER) + 6) % 7 AS wd,
                CAST(strftime('%H', started_at / 1000, 'unixepoch', '+8 hours') AS INTEGER) AS h, COUNT(*) AS n
         FROM visits WHERE date(started_at / 1000, 'unixepoch', '+8 hours') BETWEEN '2026-01-01' AND '2026-01-31' GROUP BY wd, h`,
      )
      .all() as Array<{ wd: number; h: number; n: number }>;
    const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    for (const r of rows) heat[r.wd]![r.h] = r.n;
    expect(got.heatmap).toEqual(heat);
    const engaged = db
      .prepare(
        `SELECT SUM(last_interaction_at - started_at) AS total, SUM(ended_at - last_interaction_at) AS tail FROM visits
         WHERE ended_at IS NOT NULL AND date(started_at / 1000, 'unixepoch', '+8 hours') BETWEEN '2026-01-01' AND '2026-01-31'`,
      )
      .get() as { total: number; tail: number };
    expect([got.engaged.totalMs, got.engaged.idleTailMs]).toEqual([engaged.total, engaged.tail]);
    // The idle tail is real time the kiosk spent waiting, not visiting: it is large and kept apart.
    expect(got.engaged.idleTailMs).toBeGreaterThan(got.engaged.visits * 20_000);
  });

  it('answers an empty range with zeros and nulls, and refuses bad ranges naming the field', () => {
    const got = dashboard('2030-01-01', '2030-01-07').current;
    expect(got).toMatchObject({ visits: 0, hubOnly: 0, engaged: { visits: 0, totalMs: 0, medianMs: null, p75Ms: null } });
    expect(got.heatmap.flat().every((n) => n === 0)).toBe(true);
    expect(got.chapters[0]).toMatchObject({ entered: 0, medianEngagedMs: null, narration: [] });
    expect(() => dashboard('2026-03-01', '2026-02-01')).toThrow(/to: 2026-02-01 is before from/);
  });
});
