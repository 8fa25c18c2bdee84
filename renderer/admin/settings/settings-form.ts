/** The settings screen's form, pure: drafts from the core's values, steps, and the values to save. */
import type { LanguageCode } from '../../../electron/shared/content-pack';
import type { ScreenSettings, SettingsIssue } from '../../../electron/shared/contract/settings';
import { hoursOn, type Weekday } from '../../../electron/shared/opening-hours-rule';

/** Monday first, as the venue's notices read. */
export const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** What a day gets when the hours are first turned on (or a closed day is opened). */
export const USUAL_DAY = { open: '09:00', close: '17:00' } as const;

export type DayDraft = Readonly<{ open: boolean; from: string; to: string }>;
export type SettingsDraft = Readonly<{
  idleSeconds: number;
  idleWarningSeconds: number;
  defaultLanguage: LanguageCode;
  defaultVolume: number;
  captionsOnByDefault: boolean;
  alwaysOpen: boolean;
  /** Monday first (WEEK). */
  days: readonly DayDraft[];
  nightlyRestart: string | null;
}>;

/** The form for the settings in force; weekday hours resolved (`daily` and overrides become seven days). */
export const draftOf = (s: ScreenSettings): SettingsDraft => {
  const hours = s.openingHours;
  return {
    idleSeconds: s.idleSeconds,
    idleWarningSeconds: s.idleWarningSeconds,
    defaultLanguage: s.defaultLanguage,
    defaultVolume: s.defaultVolume,
    captionsOnByDefault: s.captionsOnByDefault,
    alwaysOpen: hours === null,
    days: WEEK.map((day) => {
      const today = hours === null ? null : hoursOn(hours, day);
      return today ? { open: true, from: today.open, to: today.close } : { open: hours === null, from: USUAL_DAY.open, to: USUAL_DAY.close };
    }),
    nightlyRestart: s.nightlyRestart,
  };
};

/** What `settings:save` gets: the schema's own shape, each weekday named. */
export const valuesOf = (d: SettingsDraft): ScreenSettings => ({
  idleSeconds: d.idleSeconds,
  idleWarningSeconds: d.idleWarningSeconds,
  defaultLanguage: d.defaultLanguage,
  defaultVolume: d.defaultVolume,
  captionsOnByDefault: d.captionsOnByDefault,
  openingHours: d.alwaysOpen
    ? null
    : Object.fromEntries(WEEK.map((day, i) => {
        const draft = d.days[i];
        return [day, draft?.open ? { open: draft.from, close: draft.to } : null];
      })),
  nightlyRestart: d.nightlyRestart,
});

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A number stepped within its range (the same ranges as the settings schema). */
export const stepNumber = (value: number, step: number, min: number, max: number): number =>
  clamp(Math.round((value + step) * 100) / 100, min, max);

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const toTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** "HH:MM" moved by `minutes`, kept within 00:00..`latest` (24:00 closes at midnight; a restart time ends at 23:45). */
export const shiftTime = (time: string, minutes: number, latest = '24:00'): string =>
  toTime(clamp(toMinutes(time) + minutes, 0, toMinutes(latest)));

/** The problem the core found with `field` or anything under it (`openingHours.mon.open` belongs to `openingHours.mon`). */
export const issueFor = (issues: readonly SettingsIssue[], field: string): string | undefined =>
  issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message;
