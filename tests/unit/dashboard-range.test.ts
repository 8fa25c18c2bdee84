import { describe, expect, it } from 'vitest';
import { stepDate } from '../../renderer/admin/dashboard/date-step';
import { presetRange } from '../../renderer/admin/dashboard/range-presets';

describe('dashboard custom range by touch (date steppers)', () => {
  const [MIN, MAX] = ['2020-01-01', '2026-12-03'];
  it('steps days across month and year ends', () => {
    expect(stepDate('2026-03-01', { days: -1 }, MIN, MAX)).toBe('2026-02-28');
    expect(stepDate('2024-03-01', { days: -1 }, MIN, MAX)).toBe('2024-02-29');
    expect(stepDate('2025-12-31', { days: 1 }, MIN, MAX)).toBe('2026-01-01');
  });
  it('steps months, landing on the last day of a shorter month', () => {
    expect(stepDate('2026-03-31', { months: -1 }, MIN, MAX)).toBe('2026-02-28');
    expect(stepDate('2026-01-15', { months: -1 }, MIN, MAX)).toBe('2025-12-15');
    expect(stepDate('2026-10-31', { months: 1 }, MIN, MAX)).toBe('2026-11-30');
  });
  it('never passes the limits (today, the other end of the range)', () => {
    expect(stepDate('2026-12-03', { days: 1 }, MIN, MAX)).toBe(MAX);
    expect(stepDate('2026-11-20', { months: 1 }, MIN, MAX)).toBe(MAX);
    expect(stepDate('2020-01-10', { months: -1 }, MIN, MAX)).toBe(MIN);
  });
  it('presets end today; this month starts on the 1st; a reversed custom range is turned round', () => {
    const none = { from: '', to: '' };
    expect(presetRange('today', '2026-12-03', none)).toEqual({ from: '2026-12-03', to: '2026-12-03' });
    expect(presetRange('7d', '2026-12-03', none)).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(presetRange('30d', '2026-12-03', none)).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(presetRange('month', '2026-12-03', none)).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(presetRange('custom', '2026-12-03', { from: '2026-11-09', to: '2026-11-02' })).toEqual({ from: '2026-11-02', to: '2026-11-09' });
  });
});
