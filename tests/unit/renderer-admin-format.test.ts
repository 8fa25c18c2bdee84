import { describe, expect, it } from 'vitest';
import { presetRange, rangeProblem } from '../../renderer/admin/export/date-presets';
import {
  exportTotals,
  formatBytes,
  formatCount,
  formatLocalTime,
  groupHash,
  percent,
  versionChange,
} from '../../renderer/admin/format/format';

const CHONGQING = 480;
/** 2026-03-01 00:30 in Chongqing = 2026-02-28 16:30 UTC. */
const JUST_AFTER_MIDNIGHT = Date.UTC(2026, 1, 28, 16, 30);

describe('export date presets (kiosk local time)', () => {
  it('reads the local date, not the UTC one, just after local midnight', () => {
    expect(presetRange('today', JUST_AFTER_MIDNIGHT, CHONGQING)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(presetRange('today', JUST_AFTER_MIDNIGHT, 0)).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(presetRange('yesterday', JUST_AFTER_MIDNIGHT, CHONGQING)).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('last 7 days are today and the six before, across a month end', () => {
    expect(presetRange('last-7-days', JUST_AFTER_MIDNIGHT, CHONGQING)).toEqual({
      from: '2026-02-23',
      to: '2026-03-01',
    });
  });

  it('this month runs to today; last month is the whole previous month, also across a year and in a leap year', () => {
    expect(presetRange('this-month', JUST_AFTER_MIDNIGHT, CHONGQING)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(presetRange('last-month', JUST_AFTER_MIDNIGHT, CHONGQING)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    const leap = Date.UTC(2028, 2, 15, 4);
    expect(presetRange('last-month', leap, CHONGQING)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    const january = Date.UTC(2027, 0, 10, 4);
    expect(presetRange('last-month', january, CHONGQING)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('this-month', january, CHONGQING)).toEqual({ from: '2027-01-01', to: '2027-01-10' });
  });

  it('west of UTC too', () => {
    const newYork = -300;
    expect(presetRange('today', Date.UTC(2026, 0, 1, 3), newYork)).toEqual({ from: '2025-12-31', to: '2025-12-31' });
  });

  it('custom ranges: real dates, in order, not in the future', () => {
    expect(rangeProblem({ from: '2026-02-01', to: '2026-02-28' }, JUST_AFTER_MIDNIGHT, CHONGQING)).toBeNull();
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' }, JUST_AFTER_MIDNIGHT, CHONGQING)).toBe('invalid-date');
    expect(rangeProblem({ from: '', to: '2026-03-01' }, JUST_AFTER_MIDNIGHT, CHONGQING)).toBe('invalid-date');
    expect(rangeProblem({ from: '2026-02-10', to: '2026-02-01' }, JUST_AFTER_MIDNIGHT, CHONGQING)).toBe(
      'end-before-start',
    );
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-05' }, JUST_AFTER_MIDNIGHT, CHONGQING)).toBeNull();
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-05' }, JUST_AFTER_MIDNIGHT, CHONGQING)).toBe('in-future');
  });
});

describe('admin report formatting', () => {
  it('sizes in 1024 steps with three significant digits', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12.34 * 1024 * 1024)).toBe('12.3 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
    expect(formatBytes(-1)).toBe('–');
  });

  it('times in kiosk local time, unparseable ones as given', () => {
    expect(formatLocalTime('2026-02-28T16:30:05.000Z', CHONGQING)).toBe('2026-03-01 00:30:05');
    expect(formatLocalTime('nonsense', CHONGQING)).toBe('nonsense');
  });

  it('hashes in groups of eight, counts with grouping, percentages clamped', () => {
    expect(groupHash('a'.repeat(64)).split(' ')).toHaveLength(8);
    expect(groupHash('0123456789')).toBe('01234567 89');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, 0)).toBe(0);
    expect(percent(7, 5)).toBe(100);
  });

  it('export totals and version changes', () => {
    expect(
      exportTotals([
        { rows: 3, bytes: 10 },
        { rows: 4, bytes: 5 },
      ]),
    ).toEqual({ rows: 7, bytes: 15 });
    expect(exportTotals([])).toEqual({ rows: 0, bytes: 0 });
    expect(versionChange(null, '1.0.0')).toBe('– → 1.0.0');
    expect(versionChange('1.2.0', '1.3.0')).toBe('1.2.0 → 1.3.0');
  });
});
