import v8 from 'node:v8';
import vm from 'node:vm';

/** Counts bytes of short-lived Buffers; collects the young generation every so many. */
export type YoungGarbage = (bytes: number) => void;

/** Bytes of dead Buffers allowed to wait for a collection. */
const COLLECT_EVERY_BYTES = 2 * 1024 * 1024;

let collector: ((options: { type: 'minor' }) => void) | null | undefined;

/**
 * V8's own `gc`, or null where it cannot be had. Exposing it changes no
 * behaviour of other code: it only adds `gc` to contexts created after.
 */
const minorGc = () => {
  if (collector !== undefined) return collector;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collector = typeof gc === 'function' ? (gc as (options: { type: 'minor' }) => void) : null;
  } catch {
    collector = null;
  }
  return collector;
};

/**
 * Every BLOB better-sqlite3 returns is a new Buffer whose bytes live outside
 * the V8 heap. V8 weighs such memory lazily (tens of MB per thread before it
 * collects), so an export reading 170 MB of them grew past its memory budget.
 * A minor GC every few MB frees the dead ones while they are still young, at
 * well under a millisecond each. Where `gc` is unavailable it does nothing:
 * the export is the same, only its peak memory is higher.
 */
export const youngGarbage = (): YoungGarbage => {
  const gc = minorGc();
  let pending = 0;
  return (bytes) => {
    pending += bytes;
    if (pending < COLLECT_EVERY_BYTES || !gc) return;
    pending = 0;
    gc({ type: 'minor' });
  };
};
