import { errorCode, isPoisonError, type LogItem, type WriteOutcome } from '../../../db';
import { createDeque } from './deque';

/** Where the logger writes: the visit repository, or a wrapper of it (fault injection, crash tests). */
export type BatchStore = Readonly<{
  writeBatch(items: readonly LogItem[]): WriteOutcome;
  writeEach(items: readonly LogItem[]): { outcome: WriteOutcome; failed: Array<{ item: LogItem; error: unknown }> };
}>;

export type LoggerOptions = Readonly<{
  store: BatchStore;
  /** Longest time an event waits in memory before its batch is written. */
  flushMs?: number;
  /** Queue length that triggers a flush without waiting for `flushMs`. */
  batchMax?: number;
  /**
   * Upper bound of one transaction. Default: everything queued (≤ maxBuffered).
   * Each commit costs an fsync (synchronous=FULL), so after a backlog (disk
   * was full) one long write beats many short ones; in normal use a flush
   * holds a few dozen events.
   */
  maxRowsPerTransaction?: number;
  /** Items kept in memory while writes fail; beyond it the oldest are dropped. */
  maxBuffered?: number;
  /** Back-off between retries of a failing write: doubles from min to max. */
  retryMinMs?: number;
  retryMaxMs?: number;
  /** A health problem (or its end) that staff should see. */
  onAlert(kind: string, message: string): void;
  /** Called after each committed batch (metrics, crash tests). */
  onCommitted?(items: readonly LogItem[], outcome: WriteOutcome): void;
  /** Unexpected errors (poison rows). */
  onError?(message: string, error: unknown): void;
  now?: () => number;
}>;

/** Counters of the logger since it was created. */
export type LoggerStats = Readonly<{
  buffered: number;
  dropped: number;
  refused: number;
  stored: number;
  writing: boolean;
  lastFlushAt: number | null;
  lastError: string | null;
}>;

/** The write side of the visit log. */
export type VisitLogger = Readonly<{
  /** Queues an item: O(1), no I/O, never throws. */
  enqueue(item: LogItem): void;
  /** Writes one transaction's worth now; false if the write failed (items kept). */
  flush(): boolean;
  /** Writes everything still queued (until a write fails) and stops the timers; returns how many items it had to drop. */
  close(): number;
  stats(): LoggerStats;
}>;

/**
 * Creates the batching logger. Taps never wait for the disk: `enqueue` only
 * pushes onto an in-memory queue; a timer (≤ flushMs) or a full batch
 * (≥ batchMax) triggers a write of everything queued, in one transaction.
 * A failing write keeps its items at the head of the queue and retries with
 * back-off; a bounded queue drops the oldest items rather than grow without
 * limit while the disk is full.
 */
export const createVisitLogger = (options: LoggerOptions): VisitLogger => {
  const flushMs = options.flushMs ?? 250;
  const batchMax = options.batchMax ?? 200;
  const maxBuffered = options.maxBuffered ?? 100_000;
  const maxRows = options.maxRowsPerTransaction ?? maxBuffered;
  const retryMin = options.retryMinMs ?? 250;
  const retryMax = options.retryMaxMs ?? 30_000;
  const now = options.now ?? Date.now;
  const queue = createDeque<LogItem>();

  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  let failures = 0;
  let dropping = false;
  let closed = false;
  const counters = { dropped: 0, refused: 0, stored: 0, lastFlushAt: null as number | null, lastError: null as string | null };

  const clearTimers = () => {
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    timer = null;
    immediate = null;
  };

  // The logger must never be what keeps a process alive: owners call close().
  const schedule = (ms: number) => {
    if (closed || timer) return;
    timer = setTimeout(run, ms);
    timer.unref();
  };
  const scheduleSoon = () => {
    if (closed || immediate || failures > 0) return;
    if (timer) clearTimeout(timer);
    timer = null;
    immediate = setImmediate(run);
    immediate.unref();
  };
  const run = () => {
    timer = null;
    immediate = null;
    if (!flush()) return;
    if (queue.length >= batchMax) scheduleSoon();
    else if (queue.length > 0) schedule(flushMs);
  };

  const write = (batch: LogItem[]): WriteOutcome => {
    try {
      return options.store.writeBatch(batch);
    } catch (error) {
      if (!isPoisonError(error)) throw error;
      // Bad data, not a bad disk: write the good items, refuse the bad ones.
      const { outcome, failed } = options.store.writeEach(batch);
      counters.refused += failed.length;
      for (const f of failed) options.onError?.('visit log refused an item', f.error);
      return outcome;
    }
  };

  const flush = (): boolean => {
    if (queue.length === 0) return true;
    const batch = queue.peek(maxRows);
    let outcome: WriteOutcome;
    try {
      outcome = write(batch);
    } catch (error) {
      failures++;
      counters.lastError = errorCode(error);
      if (failures === 1) {
        options.onAlert('visit-log-write-failed', `visit log cannot write (${counters.lastError}); events are kept in memory and retried`);
      }
      clearTimers();
      schedule(Math.min(retryMax, retryMin * 2 ** (failures - 1)));
      return false;
    }
    queue.drop(batch.length);
    counters.stored += outcome.stored;
    counters.refused += outcome.orphans;
    counters.lastFlushAt = now();
    if (failures > 0) {
      failures = 0;
      counters.lastError = null;
      options.onAlert('visit-log-recovered', `visit log writes again (${counters.dropped} events dropped so far)`);
    }
    if (queue.length < maxBuffered / 2) dropping = false;
    options.onCommitted?.(batch, outcome);
    return true;
  };

  return {
    enqueue(item) {
      if (closed) {
        counters.dropped++;
        return;
      }
      queue.push(item);
      if (queue.length > maxBuffered) {
        queue.drop(1);
        counters.dropped++;
        if (!dropping) {
          dropping = true;
          options.onAlert('visit-log-dropping', `visit log buffer full (${maxBuffered} events); oldest events are being dropped`);
        }
      }
      if (queue.length >= batchMax) scheduleSoon();
      else schedule(flushMs);
    },
    flush,
    close() {
      if (closed) return 0;
      clearTimers();
      while (queue.length > 0 && flush()) {
        // Keep writing until empty or the disk refuses.
      }
      clearTimers();
      closed = true;
      const lost = queue.length;
      counters.dropped += lost;
      queue.drop(lost);
      return lost;
    },
    stats: () => ({ ...counters, buffered: queue.length, writing: failures === 0 }),
  };
};
