import { z } from 'zod';
import { Pin } from './admin';
import { defineCall } from './define';
import type { PackSummary } from './packs';
import type { HealthAlert } from './visits';

/** One database integrity check ("check now"), as stored in `integrity_checks`. */
export type IntegrityCheck = Readonly<{
  /** ISO-8601 UTC start of the check. */
  at: string;
  /** `quick` = PRAGMA quick_check, `full` = PRAGMA integrity_check. */
  mode: 'quick' | 'full';
  ok: boolean;
  /** SQLite's answer: "ok", or its first problems. */
  result: string;
  durationMs: number;
}>;

/** Answer of `system:status`: what the System screen shows. */
export type SystemStatus = Readonly<{
  appVersion: string;
  /** Which shell runs the kiosk; null when none can be asked to restart (a bare core in tests or tools). */
  shell: 'electron' | 'chromium' | null;
  kioskId: string;
  /** ISO-8601 UTC start of this core, and seconds since. */
  startedAt: string;
  uptimeSeconds: number;
  activePack: Pick<PackSummary, 'id' | 'version' | 'installedAt' | 'origin'> | null;
  dataDir: string;
  /** Bytes free for the kiosk user in the data folder's file system; null when it cannot be read. */
  diskFreeBytes: number | null;
  diskTotalBytes: number | null;
  /** The visit database with its write-ahead log, in bytes; 0 while it runs in memory. */
  databaseBytes: number;
  lastCheck: IntegrityCheck | null;
  /** True while a check runs. */
  checking: boolean;
  /** Crash / recovery events and health alerts from SQLite (newest first): what happened while nobody looked. */
  events: readonly HealthAlert[];
}>;

/** The System screen: health figures, "check now", restart and exit to desktop (docs/admin.md). */
export const systemCalls = {
  'system:status': defineCall<SystemStatus>()(
    'staff',
    z.object({}).strict(),
    'Version, shell, uptime, active pack, disk and database figures, last integrity check and recent events.',
  ),
  'system:check-db': defineCall<IntegrityCheck>()(
    'staff',
    z.object({ mode: z.enum(['quick', 'full']).default('quick') }).strict(),
    'Runs PRAGMA quick_check (or integrity_check) on a worker thread, records the result and time, and answers it.',
  ),
  'system:restart': defineCall<Readonly<{ restarting: true }>>()(
    'staff',
    z.object({}).strict(),
    'Flushes the visit log and restarts the kiosk (Electron relaunch; the web host exits with code 75 for its supervisor).',
  ),
  'system:exit-to-desktop': defineCall<Readonly<{ exiting: true }>>()(
    'staff',
    z.object({ pin: Pin }).strict(),
    'Leaves kiosk mode for the desktop (exit code 78, not restarted); needs the admin PIN typed again, in any session.',
  ),
} as const;

export const systemEvents = {} as const;
