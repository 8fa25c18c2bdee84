import { z } from 'zod';

/** Weekday keys of `openingHours`, in `Date.getDay()` order (Sunday first). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "HH:MM" → minutes after midnight; 24:00 is allowed as the end of the day. */
const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A local time "HH:MM" between 00:00 and 24:00 (24:00 only makes sense as a closing time). */
const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time "HH:MM" between 00:00 and 24:00');

/** One day's hours: open strictly before close, both local time. A venue open past midnight is not supported. */
export const DayHours = z
  .object({ open: Time, close: Time })
  .strict()
  .refine((d) => minutesOf(d.open) < minutesOf(d.close), { message: 'open must be earlier than close' });
export type DayHours = z.output<typeof DayHours>;

/**
 * Opening hours: `daily` for every day, a weekday key overriding it, `null` on a
 * weekday meaning closed all day. The old form `{ open, close }` is read as `daily`.
 */
export const OpeningHours = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && ('open' in value || 'close' in value) ? { daily: value } : value,
  z
    .object({
      daily: DayHours.optional(),
      ...(Object.fromEntries(WEEKDAYS.map((d) => [d, DayHours.nullable().optional()])) as Record<
        Weekday,
        z.ZodOptional<z.ZodNullable<typeof DayHours>>
      >),
    })
    .strict()
    .nullable(),
);
export type OpeningHours = z.output<typeof OpeningHours>;

/** The hours that apply on a weekday: its own entry, else `daily`; null = closed that day. */
export const hoursOn = (hours: NonNullable<OpeningHours>, day: Weekday): DayHours | null => {
  const own = hours[day];
  if (own !== undefined) return own;
  return hours.daily ?? null;
};

/**
 * Whether the venue is open at `date` (its local time). `null` hours = always open.
 * A schedule without `daily` is closed on the weekdays it does not name. Pure: the
 * stats helper's closed card and tests call it with any date.
 */
export const isOpenAt = (hours: OpeningHours, date: Date): boolean => {
  if (hours === null) return true;
  const day = hoursOn(hours, WEEKDAYS[date.getDay()] ?? 'sun');
  if (day === null) return false;
  const now = date.getHours() * 60 + date.getMinutes();
  return now >= minutesOf(day.open) && now < minutesOf(day.close);
};
