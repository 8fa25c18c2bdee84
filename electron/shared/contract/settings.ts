import { z } from 'zod';
import { LanguageCode } from '../content-pack';
import type { OpeningHours } from '../opening-hours';
import type { AppInfo } from './app';
import { defineCall, defineEvent } from './define';

/** The settings an admin changes on screen (docs/configuration.md, "Settings on screen"). */
export type ScreenSettings = Readonly<{
  idleSeconds: number;
  idleWarningSeconds: number;
  defaultLanguage: LanguageCode;
  defaultVolume: number;
  captionsOnByDefault: boolean;
  openingHours: OpeningHours;
  nightlyRestart: string | null;
}>;

/** What the settings screen shows: the values in force, the file's values (what "reset" returns to), and the overlay. */
export type SettingsView = Readonly<{
  effective: ScreenSettings;
  file: ScreenSettings;
  /** Only the keys an admin changed (they differ from the file). */
  overlay: Partial<ScreenSettings>;
  /** Languages the kiosk offers (the default language is one of them); null: the active pack's. */
  languages: readonly LanguageCode[] | null;
  /** Why the stored overlay was ignored at start (unreadable, invalid), or null. */
  overlayProblem: string | null;
}>;

/** One validation problem, named by its settings path (`idleSeconds`, `openingHours.mon`). */
export type SettingsIssue = Readonly<{
  field: string;
  /** What is wrong, for the screen to word in the admin's language (renderer/admin/settings/issue-wording.ts). */
  code: SettingsIssueCode;
  /** `limit`: the bound a number crossed; `value`: the value refused. */
  params: Readonly<{ limit?: number; value?: string }>;
  /** The same in English (logs, the English screen). */
  message: string;
}>;
export type SettingsIssueCode =
  'too-small' | 'too-big' | 'not-a-time' | 'open-after-close' | 'not-in-languages' | 'not-on-screen' | 'invalid';

export type SettingsSaveResult =
  Readonly<{ saved: true; view: SettingsView }> | Readonly<{ saved: false; issues: readonly SettingsIssue[] }>;

/** Calls of the settings screen (admin only; every change is audited). */
export const settingsCalls = {
  'settings:get': defineCall<SettingsView>()(
    'admin',
    z.object({}).strict(),
    'The on-screen settings: in force, from the file, and the overlay.',
  ),
  'settings:save': defineCall<SettingsSaveResult>()(
    'admin',
    // The values are checked by the settings schema itself after merging (electron/core/settings-overlay.ts).
    z.object({ values: z.record(z.string(), z.unknown()) }).strict(),
    'Saves on-screen settings as the overlay on kiosk.config.json; answers every validation problem by field.',
  ),
  'settings:reset': defineCall<SettingsView>()(
    'admin',
    z.object({}).strict(),
    "Removes the overlay: the file's values apply again.",
  ),
} as const;

/** Events of the settings. */
export const settingsEvents = {
  'settings:changed': defineEvent(
    // The same shape as app:info's settings; the renderer replaces its copy with it.
    z.custom<AppInfo['settings']>((value) => typeof value === 'object' && value !== null),
    'The renderer-facing settings after an admin saved or reset them.',
  ),
} as const;
