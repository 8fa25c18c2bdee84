import { hoursOn, WEEKDAYS, type DayHours, type OpeningHours } from '../../electron/shared/opening-hours-rule';

/** Monday first, as a week is read in China and in the venue's notices. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** Each weekday's hours (null = closed), Monday first, with its `Date.getDay()` index. */
export const weekOf = (hours: NonNullable<OpeningHours>): ReadonlyArray<Readonly<{ day: number; hours: DayHours | null }>> =>
  WEEK_ORDER.map((day) => ({ day, hours: hoursOn(hours, WEEKDAYS[day] ?? 'sun') }));

/** The next opening after `now` within a week: its weekday index and "HH:MM"; null if never open. */
export const nextOpening = (hours: NonNullable<OpeningHours>, now: Date): Readonly<{ day: number; time: string }> | null => {
  const minutes = now.getHours() * 60 + now.getMinutes();
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const day = (now.getDay() + ahead) % 7;
    const today = hoursOn(hours, WEEKDAYS[day] ?? 'sun');
    if (!today) continue;
    const [h, m] = today.open.split(':').map(Number);
    if (ahead > 0 || (h ?? 0) * 60 + (m ?? 0) > minutes) return { day, time: today.open };
  }
  return null;
};

/** Milliseconds until the next minute boundary: opening and closing times are whole minutes. */
export const msToNextMinute = (now: Date): number => 60_000 - (now.getSeconds() * 1000 + now.getMilliseconds());
