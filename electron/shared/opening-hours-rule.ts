/**
 * The opening-hours rule without its validator: what the visitor renderer
 * imports (the closed card), so the schema library stays out of its bundle.
 * The zod schema and the docs live in opening-hours.ts, which re-exports these.
 */

/** Weekday keys of `openingHours`, in `Date.getDay()` order (Sunday first). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One day's hours, local "HH:MM" (validated by opening-hours.ts: open before close). */
export type DayHours = Readonly<{ open: string; close: string }>;
/** `daily` for every day, a weekday overriding it, `null` on a weekday = closed; `null` = always open. */
export type OpeningHours =
  | (Readonly<{ daily?: DayHours | undefined }> & Readonly<Partial<Record<Weekday, DayHours | null | undefined>>>)
  | null;

/** "HH:MM" → minutes after midnight; 24:00 is allowed as the end of the day. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The hours that apply on a weekday: its own entry, else `daily`; null = closed that day. */
export const hoursOn = (hours: NonNullable<OpeningHours>, day: Weekday): DayHours | null => {
  const own = hours[day];
  if (own !== undefined) return own;
  return hours.daily ?? null;
};

/**
 * Whether the venue is open at `date` (its local time). `null` hours = always open.
 * A schedule without `daily` is closed on the weekdays it does not name. Pure: the
 * closed card, the core's schedule and tests call it with any date.
 */
export const isOpenAt = (hours: OpeningHours, date: Date): boolean => {
  if (hours === null) return true;
  const day = hoursOn(hours, WEEKDAYS[date.getDay()] ?? 'sun');
  if (day === null) return false;
  const now = date.getHours() * 60 + date.getMinutes();
  return now >= minutesOf(day.open) && now < minutesOf(day.close);
};
