import type { StatsWindow } from '../../../db';
import { KioskFailure } from '../../shared/result';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or throws naming the field. */
export const dayNumber = (date: string, field: string): number => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over to March: compare back to refuse it.
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new KioskFailure('invalid-input', `${field}: "${date}" is not a valid date (expected YYYY-MM-DD)`, field);
  }
  return ms / DAY_MS;
};

/** `YYYY-MM-DD` of a day number. */
export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The kiosk's offset from UTC in minutes now (Chongqing: +480, no daylight saving). */
export const systemUtcOffsetMinutes = (): number => -new Date().getTimezoneOffset();

/**
 * The window of an inclusive range of local dates: from local midnight of
 * `from` to local midnight after `to`, as epoch ms UTC.
 */
export const localDateWindow = (from: string, to: string, utcOffsetMinutes: number): StatsWindow & { days: number; firstDay: number } => {
  const first = dayNumber(from, 'from');
  const last = dayNumber(to, 'to');
  if (last < first) throw new KioskFailure('invalid-input', `to: ${to} is before from: ${from}`, 'to');
  const offsetMs = utcOffsetMinutes * 60_000;
  return { fromMs: first * DAY_MS - offsetMs, toMs: (last + 1) * DAY_MS - offsetMs, offsetMs, days: last - first + 1, firstDay: first };
};
