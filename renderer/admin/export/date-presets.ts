/**
 * Date-range presets of the export screen, in the kiosk's local time. Pure: the
 * clock and the UTC offset are arguments (the hook passes Date.now() and the
 * browser's offset, which on the kiosk is the kiosk's), so tests pin both.
 * Ranges are inclusive local calendar dates `YYYY-MM-DD`, as `export:visits` takes them.
 */

/** The presets, in the order the screen shows them. */
export const PRESETS = ['today', 'yesterday', 'last-7-days', 'this-month', 'last-month', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** An inclusive range of local dates. */
export type DateRange = Readonly<{ from: string; to: string }>;

const DAY_MS = 86_400_000;

/** The local calendar date (as UTC fields of a shifted Date) at `nowMs`. */
const localDay = (nowMs: number, offsetMinutes: number): Date => new Date(nowMs + offsetMinutes * 60_000);

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** `YYYY-MM-DD` of the UTC fields of year/month/day (month may over- or underflow: Date.UTC rolls it). */
const ymd = (year: number, month: number, day: number): string => iso(new Date(Date.UTC(year, month, day)));

/** The range of a preset at `nowMs` for a kiosk `offsetMinutes` east of UTC; `custom` has none. */
export const presetRange = (preset: Exclude<Preset, 'custom'>, nowMs: number, offsetMinutes: number): DateRange => {
  const today = localDay(nowMs, offsetMinutes);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const d = today.getUTCDate();
  switch (preset) {
    case 'today':
      return { from: iso(today), to: iso(today) };
    case 'yesterday': {
      const day = iso(new Date(today.getTime() - DAY_MS));
      return { from: day, to: day };
    }
    case 'last-7-days':
      // Today and the six days before it: seven calendar days.
      return { from: iso(new Date(today.getTime() - 6 * DAY_MS)), to: iso(today) };
    case 'this-month':
      return { from: ymd(y, m, 1), to: ymd(y, m, d) };
    case 'last-month':
      // Day 0 of this month is the last day of the previous one.
      return { from: ymd(y, m - 1, 1), to: ymd(y, m, 0) };
  }
};

/** Why a custom range cannot be exported, or null when it can. */
export type RangeProblem = 'invalid-date' | 'end-before-start' | 'in-future';

const validDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && iso(new Date(`${text}T00:00:00Z`)) === text;

/** Checks a custom range: real dates, from ≤ to, and not starting after today. */
export const rangeProblem = (range: DateRange, nowMs: number, offsetMinutes: number): RangeProblem | null => {
  if (!validDate(range.from) || !validDate(range.to)) return 'invalid-date';
  if (range.to < range.from) return 'end-before-start';
  if (range.from > iso(localDay(nowMs, offsetMinutes))) return 'in-future';
  return null;
};

/** The kiosk's offset east of UTC in minutes right now (Chongqing: 480). */
export const localOffsetMinutes = (nowMs: number): number => -new Date(nowMs).getTimezoneOffset();
