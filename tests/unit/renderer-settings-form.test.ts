import { describe, expect, it } from 'vitest';
import type { ScreenSettings } from '../../electron/shared/contract/settings';
import { draftOf, issueFor, shiftTime, stepNumber, valuesOf } from '../../renderer/admin/settings/settings-form';
import { nextOpening, weekOf } from '../../renderer/hours/hours-plan';
import { initialTourState, tourReducer } from '../../renderer/tour/tour-state';

const FILE: ScreenSettings = {
  idleSeconds: 90,
  idleWarningSeconds: 20,
  defaultLanguage: 'zh-CN',
  defaultVolume: 0.8,
  captionsOnByDefault: true,
  openingHours: { daily: { open: '09:00', close: '17:30' }, mon: null, sat: { open: '10:00', close: '24:00' } },
  nightlyRestart: null,
};

describe('settings form (renderer/admin/settings/settings-form.ts)', () => {
  it('turns `daily` plus overrides into seven days and back into the schema\'s shape, Monday first', () => {
    const draft = draftOf(FILE);
    expect(draft.days.map((d) => (d.open ? `${d.from}-${d.to}` : 'closed'))).toEqual([
      'closed', '09:00-17:30', '09:00-17:30', '09:00-17:30', '09:00-17:30', '10:00-24:00', '09:00-17:30',
    ]);
    expect(valuesOf(draft).openingHours).toEqual({
      mon: null, tue: { open: '09:00', close: '17:30' }, wed: { open: '09:00', close: '17:30' }, thu: { open: '09:00', close: '17:30' },
      fri: { open: '09:00', close: '17:30' }, sat: { open: '10:00', close: '24:00' }, sun: { open: '09:00', close: '17:30' },
    });
    expect(valuesOf({ ...draft, alwaysOpen: true }).openingHours).toBeNull();
  });

  it('steps stay within the schema\'s ranges; times within 00:00..24:00 (a restart ends at 23:45)', () => {
    expect(stepNumber(20, -5, 20, 300)).toBe(20);
    expect(stepNumber(0.7, 0.1, 0, 1)).toBe(0.8);
    expect(stepNumber(0.95, 0.1, 0, 1)).toBe(1);
    expect(shiftTime('23:30', 60)).toBe('24:00');
    expect(shiftTime('00:10', -15)).toBe('00:00');
    expect(shiftTime('23:45', 15, '23:45')).toBe('23:45');
    expect(shiftTime('08:45', 15)).toBe('09:00');
  });

  it('finds the core\'s problem for a field or anything under it', () => {
    const issues = [
      { field: 'openingHours.mon.open', code: 'not-a-time', params: {}, message: 'bad time' },
      { field: 'idleSeconds', code: 'too-small', params: { limit: 10 }, message: 'too small' },
    ] as const;
    expect(issueFor(issues, 'openingHours.mon')).toBe('bad time');
    expect(issueFor(issues, 'openingHours.tue')).toBeUndefined();
    expect(issueFor(issues, 'idleSeconds')).toBe('too small');
  });
});

describe('closed card plan and visit defaults', () => {
  const hours = FILE.openingHours ?? {};
  it('lists the week Monday first and finds the next opening (skipping a closed Monday)', () => {
    expect(weekOf(hours).map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    // Sunday 6 December 2026, 18:00 local: Monday is closed, so Tuesday 09:00.
    expect(nextOpening(hours, new Date(2026, 11, 6, 18, 0))).toEqual({ day: 2, time: '09:00' });
    expect(nextOpening(hours, new Date(2026, 11, 8, 7, 0))).toEqual({ day: 2, time: '09:00' });
    expect(nextOpening({ mon: null }, new Date(2026, 11, 8, 7, 0))).toBeNull();
  });

  it('a visit starts with captions as captionsOnByDefault says, also after a reset', () => {
    expect(initialTourState('en', false).captionsOn).toBe(false);
    const toggled = tourReducer(initialTourState('en', false), { type: 'captions' });
    expect(tourReducer(toggled, { type: 'reset', language: 'zh-CN', captionsOn: false }).captionsOn).toBe(false);
  });
});
