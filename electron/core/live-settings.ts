import type { AppInfo } from '../shared/contract/app';
import type { SettingsView } from '../shared/contract/settings';
import { KioskFailure } from '../shared/result';
import type { AuditSink } from './admin';
import type { HandlerMap } from './handlers';
import type { Settings } from './settings';
import { mergeOverlay, overlayAgainst, readOverlay, screenSettingsOf, writeOverlay, OVERLAY_KEYS } from './settings-overlay';

export type LiveSettingsOptions = Readonly<{
  /** The settings from kiosk.config.json (and env / flags): what "reset" returns to. */
  base: Settings;
  audit: AuditSink;
  /** Tells the transports (renderer) and core services about new values. */
  changed(settings: Settings): void;
  /** The stored overlay could not be used at start (unreadable, invalid): the file's values apply. */
  warn(message: string): void;
}>;

/** The settings in force, which an admin may change on screen without a restart. */
export type LiveSettings = Readonly<{
  current(): Settings;
  handlers: HandlerMap<'settings:get' | 'settings:save' | 'settings:reset'>;
}>;

/** What app:info and `settings:changed` carry to the renderer. */
export const rendererSettingsOf = (settings: Settings, attractOnly: boolean): AppInfo['settings'] => ({
  idleSeconds: settings.idleSeconds,
  idleWarningSeconds: settings.idleWarningSeconds,
  narrationIdleCapSeconds: settings.narrationIdleCapSeconds,
  defaultLanguage: settings.defaultLanguage,
  languages: settings.languages,
  attractOnly,
  defaultVolume: settings.defaultVolume,
  captionsOnByDefault: settings.captionsOnByDefault,
  openingHours: settings.openingHours,
});

/** "idleSeconds 90 → 120; nightlyRestart null → "03:00"": old and new values of every key that changed. */
const describeChange = (before: Settings, after: Settings): string =>
  OVERLAY_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key} ${JSON.stringify(before[key])} → ${JSON.stringify(after[key])}`)
    .join('; ') || 'no change';

/**
 * Loads the overlay at start (a bad one is reported and ignored: the kiosk
 * runs on its file), answers the settings calls, writes the overlay, audits
 * each change with old and new values, and announces the new settings.
 */
export const createLiveSettings = (options: LiveSettingsOptions): LiveSettings => {
  const { base, audit } = options;
  const dataDir = base.dataDir;
  let overlayProblem: string | null = null;
  let current: Settings = base;
  try {
    const merged = mergeOverlay(base, readOverlay(dataDir));
    if (merged.ok) current = merged.settings;
    else overlayProblem = `settings overlay ignored: ${merged.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`;
  } catch (error) {
    overlayProblem = `settings overlay ignored: ${(error as Error).message}`;
  }
  if (overlayProblem) options.warn(overlayProblem);

  const view = (): SettingsView => ({
    effective: screenSettingsOf(current),
    file: screenSettingsOf(base),
    overlay: overlayAgainst(base, screenSettingsOf(current)),
    languages: base.languages,
    overlayProblem,
  });
  const apply = (next: Settings, action: string, role: 'staff' | 'admin' | null) => {
    const before = current;
    try {
      writeOverlay(dataDir, overlayAgainst(base, screenSettingsOf(next)));
    } catch (error) {
      audit.record({ role, action, detail: `not stored: ${(error as Error).message}`, outcome: 'failed' });
      throw new KioskFailure('unavailable', `settings not stored: ${(error as Error).message}`);
    }
    current = next;
    overlayProblem = null;
    audit.record({ role, action, detail: describeChange(before, next), outcome: 'ok' });
    options.changed(next);
  };

  return {
    current: () => current,
    handlers: {
      'settings:get': () => view(),
      'settings:save': ({ values }, ctx) => {
        const merged = mergeOverlay(base, { ...screenSettingsOf(current), ...values });
        if (!merged.ok) {
          const detail = merged.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
          audit.record({ role: ctx.session?.role ?? null, action: 'settings:save', detail, outcome: 'refused' });
          return { saved: false, issues: merged.issues };
        }
        apply(merged.settings, 'settings:save', ctx.session?.role ?? null);
        return { saved: true, view: view() };
      },
      'settings:reset': (_input, ctx) => {
        apply(base, 'settings:reset', ctx.session?.role ?? null);
        return view();
      },
    },
  };
};
