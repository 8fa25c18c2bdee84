import { isOpenAt, type OpeningHours } from '../shared/opening-hours';
import type { ShellControl } from './shell-control';

/** How often the schedule looks at the clock: a closing crossing shows within this, a restart waits at most this. */
export const SCHEDULE_TICK_MS = 15_000;

export type NightlyRestartQuestion = Readonly<{
  now: Date;
  /** When this process started: a kiosk started after tonight's restart time has had its restart. */
  startedAt: Date;
  nightlyRestart: string | null;
  openingHours: OpeningHours;
  visitInProgress: boolean;
}>;

/**
 * Whether the kiosk should restart now: a restart time is set, it has passed
 * today (local time), this process is older than it (so never twice in one
 * night, with nothing stored), the venue is closed and no visit is under way.
 * A restart that cannot happen before opening is skipped for that night.
 */
export const nightlyRestartDue = (q: NightlyRestartQuestion): boolean => {
  if (q.nightlyRestart === null || q.visitInProgress || isOpenAt(q.openingHours, q.now)) return false;
  const target = new Date(q.now);
  target.setHours(Number(q.nightlyRestart.slice(0, 2)), Number(q.nightlyRestart.slice(3, 5)), 0, 0);
  return q.now.getTime() >= target.getTime() && q.startedAt.getTime() < target.getTime();
};

export type OpeningScheduleOptions = Readonly<{
  now: () => Date;
  /** The hours and restart time in force (live: an admin may change them). */
  hours: () => Readonly<{ openingHours: OpeningHours; nightlyRestart: string | null }>;
  visitInProgress: (now: Date) => boolean;
  /** Writes what the visit log holds before the shell restarts. */
  flush: () => void;
  shell?: ShellControl;
  onRestart?: (reason: string) => void;
  /** Repeats `tick` every SCHEDULE_TICK_MS; returns the stop function (tests pass none and tick by hand). */
  every?: (ms: number, tick: () => void) => () => void;
}>;

/** Open or closed now, announced on each crossing; and the nightly restart. */
export type OpeningSchedule = Readonly<{
  isOpen(): boolean;
  /** Called on each crossing (and at once with the current state); returns the unsubscribe function. */
  onChange(listener: (open: boolean) => void): () => void;
  /** Looks at the clock now (the timer calls it; so do settings changes). */
  tick(): void;
  stop(): void;
}>;

export const createOpeningSchedule = (options: OpeningScheduleOptions): OpeningSchedule => {
  const startedAt = options.now();
  const listeners = new Set<(open: boolean) => void>();
  let open = isOpenAt(options.hours().openingHours, startedAt);
  let restarting = false;
  const tick = () => {
    const now = options.now();
    const { openingHours, nightlyRestart } = options.hours();
    const nowOpen = isOpenAt(openingHours, now);
    if (nowOpen !== open) {
      open = nowOpen;
      for (const listener of [...listeners]) listener(open);
    }
    if (restarting || !options.shell) return;
    if (!nightlyRestartDue({ now, startedAt, nightlyRestart, openingHours, visitInProgress: options.visitInProgress(now) })) return;
    restarting = true;
    const reason = `nightly restart at ${nightlyRestart ?? ''}`;
    options.flush();
    options.onRestart?.(reason);
    options.shell.restart(reason);
  };
  const stop = options.every?.(SCHEDULE_TICK_MS, tick) ?? (() => {});
  return {
    isOpen: () => open,
    onChange(listener) {
      listeners.add(listener);
      listener(open);
      return () => listeners.delete(listener);
    },
    tick,
    stop,
  };
};

/** The production timer: unref'd, so it never keeps a closing process alive. */
export const everyInterval = (ms: number, tick: () => void): (() => void) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};
