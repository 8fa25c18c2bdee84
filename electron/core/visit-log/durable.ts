import fs from 'node:fs';
import path from 'node:path';
import type { LogItem } from '../../../db';

/** Waits for visit ends to be committed: the `visit:flush` answer. */
export type DurableEnds = Readonly<{
  /** Called with every committed batch (after the transaction's fsync). */
  committed(items: readonly LogItem[]): void;
  /** Resolves true once the end of `visitId` is committed, false after `timeoutMs` (or at close). */
  wait(visitId: string, timeoutMs: number): Promise<boolean>;
  /** Answers every waiter false: nothing more will be committed. */
  close(): void;
}>;

/** `keep` committed ends are remembered, so a flush arriving after its batch was written still says true. */
export const createDurableEnds = (keep = 1_000): DurableEnds => {
  const done = new Set<string>();
  const waiters = new Map<string, Array<(durable: boolean) => void>>();
  const settle = (visitId: string, durable: boolean) => {
    for (const resolve of waiters.get(visitId) ?? []) resolve(durable);
    waiters.delete(visitId);
  };
  return {
    committed(items) {
      for (const item of items) {
        if (item.kind !== 'end') continue;
        done.add(item.visitId);
        if (done.size > keep) done.delete(done.values().next().value ?? '');
        settle(item.visitId, true);
      }
    },
    wait(visitId, timeoutMs) {
      if (done.has(visitId)) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          const list = waiters.get(visitId)?.filter((r) => r !== answer) ?? [];
          if (list.length > 0) waiters.set(visitId, list);
          else waiters.delete(visitId);
          resolve(false);
        }, timeoutMs);
        const answer = (durable: boolean) => {
          clearTimeout(timer);
          resolve(durable);
        };
        waiters.set(visitId, [...(waiters.get(visitId) ?? []), answer]);
      });
    },
    close() {
      for (const visitId of [...waiters.keys()]) settle(visitId, false);
    },
  };
};

/**
 * Items lost at shutdown (the disk refused the last writes) are remembered in a
 * small file beside the database — the database itself is what could not be
 * written — and become an alert row at the next start. A count is null when the
 * record was unreadable: "an unknown number", never a false 0.
 */
export type DropRecord = Readonly<{ at: string; droppedAtShutdown: number | null; droppedTotal: number | null; lastError: string | null }>;

const markerFile = (dataDir: string) => path.join(dataDir, 'visit-log-dropped.json');
/**
 * Space set aside at start for the record: on a full disk the record is needed
 * most and fits least (a soak on a filled tmpfs left it empty), so the reserve
 * is deleted to make room for it. 16 KiB covers a block on any kiosk file system.
 */
const reserveFile = (dataDir: string) => path.join(dataDir, 'visit-log-dropped.reserve');
const RESERVE_BYTES = 16 * 1024;

/** Sets the reserve aside (at start); a disk already full leaves none, and the record is tried without. */
export const reserveDropRecord = (dataDir: string): void => {
  try {
    if (fs.statSync(reserveFile(dataDir), { throwIfNoEntry: false })?.size === RESERVE_BYTES) return;
    fs.writeFileSync(reserveFile(dataDir), Buffer.alloc(RESERVE_BYTES), { mode: 0o600 });
  } catch {
    try {
      fs.rmSync(reserveFile(dataDir), { force: true }); // a short one would only mislead the size check
    } catch {
      // Read-only folder: nothing can be reserved, nor recorded later.
    }
  }
};

/** Writes the record, giving up the reserve when the disk is full; false when even that fails (the journal still has the alert line). */
export const rememberDrops = (dataDir: string, record: DropRecord): boolean => {
  const text = `${JSON.stringify(record)}\n`;
  const write = () => fs.writeFileSync(markerFile(dataDir), text, { mode: 0o600 });
  try {
    write();
    return true;
  } catch {
    try {
      fs.rmSync(reserveFile(dataDir), { force: true });
      write();
      return true;
    } catch {
      return false;
    }
  }
};

/** Reads and removes the record of the previous run, if any. */
export const takeDropRecord = (dataDir: string): DropRecord | null => {
  const file = markerFile(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Read-only now: the alert is raised again next start, better than never.
  }
  try {
    return JSON.parse(text) as DropRecord;
  } catch {
    return { at: 'unknown', droppedAtShutdown: null, droppedTotal: null, lastError: 'unreadable record' };
  }
};
