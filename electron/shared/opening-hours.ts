import { z } from 'zod';
import { minutesOf, WEEKDAYS, type Weekday } from './opening-hours-rule';

// The rule itself (no validator) is in opening-hours-rule.ts, for the visitor bundle.
export { hoursOn, isOpenAt, WEEKDAYS, type Weekday } from './opening-hours-rule';

/** A local time "HH:MM" between 00:00 and 24:00 (24:00 only makes sense as a closing time). */
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time "HH:MM" between 00:00 and 24:00');

/** One day's hours: open strictly before close, both local time. A venue open past midnight is not supported. */
export const DayHours = z
  .object({ open: Time, close: Time })
  .strict()
  // `rule` lets the settings screen word this issue in the admin's language (settings-overlay.ts).
  .refine((d) => minutesOf(d.open) < minutesOf(d.close), {
    message: 'open must be earlier than close',
    params: { rule: 'open-before-close' },
  });
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
