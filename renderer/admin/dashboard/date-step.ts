/** Moving a local date `YYYY-MM-DD` by touch: whole days or months, never past a limit. */

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `date` moved by `days` and `months`, kept within [`min`, `max`]. A month
 * step from the 31st lands on the month's last day (2026-03-31 − 1 month =
 * 2026-02-28), not in the month after.
 */
export const stepDate = (date: string, step: Readonly<{ days?: number; months?: number }>, min: string, max: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = step.months ?? 0;
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const moved = Date.UTC(y, m - 1 + months, Math.min(d, lastDay)) + (step.days ?? 0) * DAY_MS;
  const next = iso(moved);
  return next < min ? min : next > max ? max : next;
};
