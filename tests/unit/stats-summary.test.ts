import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitLog } from '../../electron/core/visit-log';
import { expectedStats } from '../fixtures/visit-log/expected-stats';
import { generateVisits, type GeneratedVisit } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const OFFSET = 480; // Chongqing, UTC+8
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`) - OFFSET * 60_000;

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let visits: GeneratedVisit[];
beforeAll(() => {
  tmp = tempDir();
  log = testVisitLog(tmp.dir).log;
  // Visits from a bit before to a bit after January 2026, local time.
  visits = generateVisits({ seed: 7, visits: 1500, fromMs: localMidnight('2025-12-30'), toMs: localMidnight('2026-02-03') });
  ingestAll(log, visits);
});
afterAll(() => {
  log.close();
  tmp.cleanup();
});

describe('stats:summary', () => {
  it.each([
    ['2026-01-01', '2026-01-31'],
    ['2026-01-15', '2026-01-15'],
    ['2025-12-01', '2026-12-31'],
  ])('equals the hand-computed answer for %s … %s', (from, to) => {
    const got = log.stats(from, to);
    const want = expectedStats(visits, localMidnight(from), localMidnight(to) + 86_400_000, OFFSET);
    expect(got.visits).toBe(want.visits);
    expect(got.visitsPerDay.filter((d) => d.visits > 0).map((d) => [d.date, d.visits])).toEqual([...want.perDay].sort());
    expect(got.visitsPerHour.map((h) => h.visits)).toEqual(want.perHour);
    expect(got.languages).toEqual(want.languages);
    expect(got.endReasons).toEqual(want.endReasons);
    expect(got.chapters.map((c) => c.chapter)).toEqual(['hard-core', 'vitality', 'momentum', 'quality', 'radiation']);
    for (const [i, c] of got.chapters.entries()) {
      const w = want.chapters[i]!;
      expect({ ...c, avgDwellMs: null, narrationCompletionRate: null }).toEqual({ ...w, avgDwellMs: null, narrationCompletionRate: null });
      if (w.avgDwellMs === null) expect(c.avgDwellMs).toBeNull();
      else expect(c.avgDwellMs).toBeCloseTo(w.avgDwellMs, 6);
      expect(c.narrationCompletionRate ?? -1).toBeCloseTo(w.narrationCompletionRate ?? -1, 9);
    }
    expect(got.narrationCompletionRate ?? -1).toBeCloseTo(want.narrationCompletionRate ?? -1, 9);
  });

  it('lists every day of the range, zeros included, and every hour', () => {
    const got = log.stats('2026-01-30', '2026-02-05');
    expect(got.visitsPerDay.map((d) => d.date)).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05']);
    expect(got.visitsPerDay.slice(-2).map((d) => d.visits)).toEqual([0, 0]);
    expect(got.visitsPerHour).toHaveLength(24);
    expect(got.utcOffsetMinutes).toBe(480);
  });

  it('answers an empty range with zeros and null rates', () => {
    const got = log.stats('2030-01-01', '2030-01-02');
    expect(got.visits).toBe(0);
    expect(got.narrationCompletionRate).toBeNull();
    expect(got.chapters[0]).toMatchObject({ entered: 0, avgDwellMs: null, medianDwellMs: null });
  });

  it('refuses bad dates and reversed ranges naming the field', () => {
    expect(() => log.stats('2026-02-30', '2026-03-01')).toThrow(/from: "2026-02-30" is not a valid date/);
    expect(() => log.stats('2026-03-01', '2026-02-01')).toThrow(/to: 2026-02-01 is before from/);
  });
});
