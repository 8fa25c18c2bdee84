import { z } from 'zod';
import { LanguageCode } from '../content-pack';
import type { OpeningHours } from '../opening-hours';
import type { StartupFault } from '../startup-fault';
import { defineCall, defineEvent } from './define';

/** What the renderer needs to know about the kiosk it runs on. */
export type AppInfo = Readonly<{
  kioskId: string;
  appVersion: string;
  /** Which shell hosts the renderer. */
  shell: 'electron' | 'web';
  /** URL prefix under which the active pack's media files are served. */
  mediaBase: string;
  /** What went wrong at start (bad config, unwritable data folder), shown as a bilingual card; null when nothing did. */
  startupFault: StartupFault | null;
  /** Renderer-facing settings (see electron/core/settings.ts for their docs). */
  settings: Readonly<{
    idleSeconds: number;
    idleWarningSeconds: number;
    narrationIdleCapSeconds: number;
    defaultLanguage: LanguageCode;
    /** null: every language the active pack declares. */
    languages: readonly LanguageCode[] | null;
    attractOnly: boolean;
    // --- hours17 ---
    defaultVolume: number;
    captionsOnByDefault: boolean;
    openingHours: OpeningHours;
  }>;
}>;

/** Calls about the kiosk itself. */
export const appCalls = {
  'app:info': defineCall<AppInfo>()(
    'visitor',
    z.object({}).strict(),
    'Kiosk id, version, shell and renderer settings.',
  ),
  'app:echo': defineCall<{ text: string; receivedAt: string }>()(
    'visitor',
    z.object({ text: z.string().max(200) }).strict(),
    'Echoes a short text with the host clock: a liveness check for the transport.',
  ),
} as const;

/** Events about the kiosk itself. */
export const appEvents = {
  'app:health-alert': defineEvent(
    z.object({ kind: z.string(), message: z.string(), at: z.string() }),
    'A health problem the admin console should show (disk full, database replaced, ...).',
  ),
} as const;
