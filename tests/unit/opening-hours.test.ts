import { describe, expect, it } from 'vitest';
import { isOpenAt, OpeningHours } from '../../electron/shared/opening-hours';

// Local-time dates: 2026-12-07 is a Monday.
const at = (day: number, hh: number, mm = 0) => new Date(2026, 11, 6 + day, hh, mm);
const SUN = 0;
const MON = 1;
const SAT = 6;

describe('openingHours format', () => {
  it('accepts daily, weekday overrides, closed days and the old { open, close } form', () => {
    expect(OpeningHours.parse(null)).toBeNull();
    expect(OpeningHours.parse({ open: '09:00', close: '17:00' })).toEqual({ daily: { open: '09:00', close: '17:00' } });
    expect(OpeningHours.parse({ daily: { open: '09:00', close: '24:00' }, mon: null, sat: { open: '10:00', close: '20:30' } })).toBeTruthy();
  });

  it.each([
    [{ daily: { open: '99:99', close: '18:00' } }, 'daily.open'],
    [{ daily: { open: '24:01', close: '24:00' } }, 'daily.open'],
    [{ mon: { open: '9:00', close: '18:00' } }, 'mon.open'],
    [{ tue: { open: '18:00', close: '09:00' } }, 'tue'],
    [{ wed: { open: '10:00', close: '10:00' } }, 'wed'],
    [{ funday: { open: '10:00', close: '11:00' } }, ''],
    [{ daily: { open: '10:00' } }, 'daily.close'],
  ])('refuses %j at %s', (value, where) => {
    const parsed = OpeningHours.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(where);
  });
});

describe('isOpenAt', () => {
  const hours = OpeningHours.parse({ daily: { open: '09:00', close: '17:30' }, mon: null, sat: { open: '10:00', close: '24:00' } });

  it('null hours: always open', () => {
    expect(isOpenAt(null, at(MON, 3))).toBe(true);
  });

  it('daily applies where no weekday overrides it; open inclusive, close exclusive', () => {
    expect(isOpenAt(hours, at(SUN, 8, 59))).toBe(false);
    expect(isOpenAt(hours, at(SUN, 9, 0))).toBe(true);
    expect(isOpenAt(hours, at(SUN, 17, 29))).toBe(true);
    expect(isOpenAt(hours, at(SUN, 17, 30))).toBe(false);
  });

  it('a weekday null is closed all day; a weekday entry overrides daily; 24:00 reaches midnight', () => {
    expect(isOpenAt(hours, at(MON, 12))).toBe(false);
    expect(isOpenAt(hours, at(SAT, 9, 30))).toBe(false);
    expect(isOpenAt(hours, at(SAT, 23, 59))).toBe(true);
  });

  it('without daily, days not named are closed', () => {
    const onlyTue = OpeningHours.parse({ tue: { open: '09:00', close: '10:00' } });
    expect(isOpenAt(onlyTue, at(2, 9, 30))).toBe(true);
    expect(isOpenAt(onlyTue, at(3, 9, 30))).toBe(false);
  });
});
