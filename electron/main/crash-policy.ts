import type { Settings } from '../core/settings';

/** The crash back-off settings (see electron/core/settings.ts for their defaults). */
export type CrashPolicy = Settings['crashPolicy'];

/** What the shell has already done about renderer failures. */
export type CrashHistory = Readonly<{
  /** Epoch ms of the reloads done so far in this process (older ones may be included; they are ignored). */
  reloads: readonly number[];
  /** Relaunches in a row before this process started (carried across `app.relaunch()` in argv). */
  relaunches: number;
  /** Epoch ms when this process started. */
  launchedAt: number;
}>;

/** What to do about a renderer that crashed or hung. */
export type RecoveryAction =
  | Readonly<{ action: 'reload'; delayMs: number }>
  | Readonly<{ action: 'relaunch' }>
  /** Give up on the full tour: reload into the attract loop only, after `delayMs`. */
  | Readonly<{ action: 'attract-only'; delayMs: number }>;

/** First reload waits this long: long enough for a crashing GPU process to settle. */
export const BASE_DELAY_MS = 1_000;
/** No wait is ever longer than this: visitors should not face a black screen for minutes. */
export const MAX_DELAY_MS = 30_000;
/**
 * A process that lived this many crash windows counts as healthy: a relaunch after it
 * starts the relaunch count afresh, so two bad afternoons a month apart do not add up.
 */
const STABLE_WINDOWS = 10;

/**
 * Decides the next recovery step. Pure: same history, time and policy, same answer.
 *
 * - fewer than `maxReloads` reloads within `windowSeconds` → reload, with a delay
 *   doubling for each recent reload (1 s, 2 s, 4 s, … capped at 30 s);
 * - otherwise, fewer than `maxRelaunches` relaunches in a row → relaunch the whole app
 *   (a fresh GPU and main process clears more than a reload does);
 * - otherwise → attract-only mode, reloaded after the longest delay, for good.
 */
export const decideRecovery = (history: CrashHistory, now: number, policy: CrashPolicy): RecoveryAction => {
  const windowMs = policy.windowSeconds * 1_000;
  const recent = history.reloads.filter((at) => now - at < windowMs && at <= now).length;
  if (recent < policy.maxReloads) {
    return { action: 'reload', delayMs: Math.min(BASE_DELAY_MS * 2 ** recent, MAX_DELAY_MS) };
  }
  if (relaunchesInARow(history, now, policy) < policy.maxRelaunches) return { action: 'relaunch' };
  return { action: 'attract-only', delayMs: MAX_DELAY_MS };
};

/** The relaunch count to carry into the next process (0 when this one ran long enough to count as healthy). */
export const relaunchesInARow = (history: CrashHistory, now: number, policy: CrashPolicy): number =>
  now - history.launchedAt >= policy.windowSeconds * 1_000 * STABLE_WINDOWS ? 0 : history.relaunches;
