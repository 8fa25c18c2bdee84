/** The ranges the dashboard offers in one tap, plus a custom one. */
export type RangePreset = 'today' | '7d' | '30d' | 'month' | 'custom';

/** An inclusive range of local dates `YYYY-MM-DD`, as `stats:dashboard` takes it. */
export type DateRangeInput = Readonly<{ from: string; to: string }>;

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today's local date on this kiosk (the renderer runs in the kiosk's time zone). */
export const localToday = (now: Date): string => iso(now.getTime() - now.getTimezoneOffset() * 60_000);

/** The range of a preset ending today (`today` is a local `YYYY-MM-DD`); `custom` keeps `custom`. */
export const presetRange = (preset: RangePreset, today: string, custom: DateRangeInput): DateRangeInput => {
  const t = Date.parse(`${today}T00:00:00Z`);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case '7d':
      return { from: iso(t - 6 * DAY_MS), to: today };
    case '30d':
      return { from: iso(t - 29 * DAY_MS), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'custom':
      return custom.from <= custom.to ? custom : { from: custom.to, to: custom.from };
  }
};
