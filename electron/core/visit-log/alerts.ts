import type { AlertRepo } from '../../../db';
import type { HealthAlert } from '../../shared/contract/visits';

/** Records health alerts: memory (for the health call), the event bus, the app log and the database. */
export type AlertRecorder = Readonly<{
  raise(kind: string, message: string): void;
  /** Newest first. */
  recent(): HealthAlert[];
  /** Starts persisting to the database (alerts raised before it opened are written then). */
  attach(repo: AlertRepo): void;
  /** Retries alerts that could not be written (the disk was full). */
  persistPending(): void;
}>;

export type AlertSinks = Readonly<{
  emit(alert: HealthAlert): void;
  warn(message: string, data: Record<string, unknown>): void;
  now(): number;
  /** Alerts kept in memory; older ones remain in the database. */
  keep?: number;
}>;

/** Creates the alert recorder. Raising never throws: alerts are raised precisely when things fail. */
export const createAlertRecorder = (sinks: AlertSinks): AlertRecorder => {
  const keep = sinks.keep ?? 50;
  const memory: HealthAlert[] = [];
  let pending: Array<{ at: number; kind: string; message: string }> = [];
  let repo: AlertRepo | null = null;

  const persistPending = () => {
    if (!repo || pending.length === 0) return;
    const waiting = pending;
    pending = [];
    for (let i = 0; i < waiting.length; i++) {
      try {
        repo.insert(waiting[i]!);
      } catch {
        // Still failing (disk full): keep the rest for the next try, capped like memory.
        pending = waiting.slice(i).slice(-keep);
        return;
      }
    }
  };

  return {
    raise(kind, message) {
      const at = sinks.now();
      const alert = { kind, message, at: new Date(at).toISOString() };
      memory.unshift(alert);
      if (memory.length > keep) memory.length = keep;
      pending.push({ at, kind, message });
      for (const sink of [() => sinks.warn(`health alert: ${message}`, { kind }), () => sinks.emit(alert), persistPending]) {
        try {
          sink();
        } catch {
          // One failing sink must not hide the alert from the others.
        }
      }
    },
    recent: () => [...memory],
    attach(r) {
      repo = r;
      persistPending();
    },
    persistPending,
  };
};
