import type { AlertRepo, VisitRepo } from '../../../db';

const DAY_MS = 86_400_000;
/** Visits deleted per statement: keeps each write short even on the first purge of a big backlog. */
const CHUNK = 1000;

/** What a purge removed. */
export type PurgeResult = Readonly<{ visits: number; alerts: number; cutoffMs: number }>;

/**
 * Deletes visits (their events cascade) and alerts older than `days` days,
 * then truncates the WAL so the big delete does not leave a big WAL behind.
 */
export const purgeOld = (visits: VisitRepo, alerts: AlertRepo, days: number, nowMs: number): PurgeResult => {
  const cutoffMs = nowMs - days * DAY_MS;
  let removed = 0;
  for (;;) {
    const n = visits.purgeVisitsBefore(cutoffMs, CHUNK);
    removed += n;
    if (n < CHUNK) break;
  }
  const removedAlerts = alerts.purgeBefore(cutoffMs);
  if (removed + removedAlerts > 0) visits.checkpoint();
  return { visits: removed, alerts: removedAlerts, cutoffMs };
};

/** Runs `purge` now and then every `everyMs` (a day); the timer never keeps the process alive. Returns the stopper. */
export const scheduleDaily = (purge: () => void, everyMs = DAY_MS): (() => void) => {
  purge();
  const timer = setInterval(purge, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
