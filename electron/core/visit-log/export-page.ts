import type { EventVisit, ExportFormat, ExportRepo } from '../../../db';
import { youngGarbage, type YoungGarbage } from './young-garbage';

/** The encoded event lines of a page of visits, in a buffer lent by a BufferPool: `release` it once written. */
export type FormattedPage = Readonly<{ bytes: Buffer; rows: number; release(): void }>;

/** `length` bytes of event lines at the start of `buffer` (which may be a bigger one than was given). */
export type EncodedPage = Readonly<{ buffer: Buffer; length: number; rows: number }>;

/** First size of a page buffer: a page of 64 visits of 40 events is ≈ 430 KB of CSV. */
const PAGE_BUFFER_BYTES = 512 * 1024;

/**
 * Copies the events of these visits (UTF-8) into `buffer`, visit by visit
 * in the order given, replacing it by a bigger one when the page does not
 * fit. The export's worker threads and its own thread both format pages with
 * this, so a page's bytes do not depend on which thread made them.
 */
export const encodePage = (
  repo: ExportRepo,
  format: ExportFormat,
  visits: readonly EventVisit[],
  buffer: Buffer = Buffer.allocUnsafeSlow(PAGE_BUFFER_BYTES),
  garbage: YoungGarbage = youngGarbage(),
): EncodedPage => {
  let out = buffer;
  let length = 0;
  let rows = 0;
  for (const visit of visits) {
    const lines = repo.eventLines(format, visit);
    if (!lines) continue;
    const [bytes, count] = lines;
    if (length + bytes.length > out.length) out = grow(out, length, length + bytes.length);
    length += bytes.copy(out, length);
    rows += count;
    garbage(bytes.length);
  }
  return { buffer: out, length, rows };
};

const grow = (buffer: Buffer, used: number, needed: number): Buffer => {
  // allocUnsafeSlow: never a slice of Node's shared pool, so it can be transferred between threads.
  const bigger = Buffer.allocUnsafeSlow(Math.max(needed, 2 * buffer.length));
  buffer.copy(bigger, 0, 0, used);
  return bigger;
};

/** Page buffers written and free again, lent to the next pages. */
export type BufferPool = Readonly<{
  /** A free buffer's memory, if any. */
  take(): ArrayBuffer | undefined;
  /** Gives a written buffer back. */
  give(buffer: ArrayBuffer): void;
}>;

/** Free buffers kept: the worker formatter lends at most PAGES_PER_WORKER × workers + WRITING_PAGES (6) at once. */
const MAX_FREE = 8;

/**
 * Buffers go round (formatter → file writer → pool → formatter) instead of a
 * new one per page: dead page buffers live outside the V8 heap, and tens of MB
 * of them piled up before a GC noticed.
 */
export const createBufferPool = (): BufferPool => {
  const free: ArrayBuffer[] = [];
  return {
    take: () => free.pop(),
    give(buffer) {
      if (free.length < MAX_FREE) free.push(buffer);
    },
  };
};

/** Formats a page on this thread, in a buffer of `pool`. */
export const formatHere = (
  repo: ExportRepo,
  format: ExportFormat,
  visits: readonly EventVisit[],
  pool: BufferPool,
  garbage: YoungGarbage = youngGarbage(),
): FormattedPage => {
  const lent = pool.take();
  const page = encodePage(repo, format, visits, lent ? Buffer.from(lent) : undefined, garbage);
  return {
    bytes: page.buffer.subarray(0, page.length),
    rows: page.rows,
    release: () => pool.give(page.buffer.buffer as ArrayBuffer),
  };
};
