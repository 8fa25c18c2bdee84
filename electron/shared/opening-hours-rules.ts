/**
 * The opening-hours rules without their schema: the core (refusing visits, the
 * nightly restart) and the renderer (the closed card) must agree on whether the
 * venue is open, so both run this one module. No zod here: it ships in the
 * visitor bundle.
 */

/** Weekday keys of `openingHours`, in `Date.getDay()` order (Sunday first). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One day's hours, local "HH:MM" (validated by the schema in opening-hours.ts). */
export type DayHours = Readonly<{ open: string; close: string }>;
/** `daily` for every day, a weekday key overriding it (null = closed that day); null = always open. */
export type OpeningHours = (Readonly<{ daily?: DayHours }> & Readonly<{ [K in Weekday]?: DayHours | null }>) | null;

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
 * closed card and tests call it with any date.
 */
export const isOpenAt = (hours: OpeningHours, date: Date): boolean => {
  if (hours === null) return true;
  const day = hoursOn(hours, WEEKDAYS[date.getDay()] ?? 'sun');
  if (day === null) return false;
  const now = date.getHours() * 60 + date.getMinutes();
  return now >= minutesOf(day.open) && now < minutesOf(day.close);
};
