import type { EventPage, ExportFormat, ExportRepo } from '../../../db';
import type { YoungGarbage } from './young-garbage';

/** The encoded event lines of a page; `release` once written (its buffer, or its place, goes back to the formatter). */
export type FormattedPage = Readonly<{ bytes: Buffer; rows: number; release(): void }>;

/**
 * The events of a page as UTF-8 lines, on this thread's connection. The
 * export's worker threads and its own thread both format pages with this, so
 * a page's bytes do not depend on which thread made them.
 */
export const formatPage = (
  repo: ExportRepo,
  format: ExportFormat,
  page: EventPage,
): Readonly<{ bytes: Buffer; rows: number }> => {
  const lines = repo.eventLines(format, page);
  return lines ? { bytes: lines[0], rows: lines[1] } : { bytes: Buffer.alloc(0), rows: 0 };
};

/** First size of a page buffer: a page of 64 visits of 40 events is ≈ 430 KB of CSV. */
const PAGE_BUFFER_BYTES = 512 * 1024;

/** `length` bytes of event lines at the start of `buffer` (which may be a bigger one than was given). */
export type CopiedPage = Readonly<{ buffer: Buffer; length: number; rows: number }>;

/**
 * Formats a page and copies it into `buffer` (a bigger one when it does not
 * fit). The copy goes round a BufferPool; the BLOB SQLite made dies at once,
 * young (`garbage`). Written as it was, a BLOB formatted a few pages ahead
 * outlived two young-generation GCs, was promoted, and tens of MB of them
 * piled up waiting for a full GC.
 */
export const formatInto = (
  repo: ExportRepo,
  format: ExportFormat,
  page: EventPage,
  garbage: YoungGarbage,
  buffer: Buffer = Buffer.allocUnsafeSlow(PAGE_BUFFER_BYTES),
): CopiedPage => {
  const { bytes, rows } = formatPage(repo, format, page);
  // allocUnsafeSlow: never a slice of Node's shared pool, so it can be transferred between threads.
  const out = bytes.length <= buffer.length ? buffer : Buffer.allocUnsafeSlow(Math.max(bytes.length, 2 * buffer.length));
  bytes.copy(out, 0);
  garbage(bytes.length);
  return { buffer: out, length: bytes.length, rows };
};

/** Formats a page on this thread, in a buffer of `pool` (given back by `release`). */
export const formatHere = (
  repo: ExportRepo,
  format: ExportFormat,
  page: EventPage,
  pool: BufferPool,
  garbage: YoungGarbage,
): FormattedPage => {
  const lent = pool.take();
  const copied = formatInto(repo, format, page, garbage, lent ? Buffer.from(lent) : undefined);
  return {
    bytes: copied.buffer.subarray(0, copied.length),
    rows: copied.rows,
    release: () => pool.give(copied.buffer.buffer as ArrayBuffer),
  };
};

/** Page buffers written and free again, lent to the next pages. */
export type BufferPool = Readonly<{
  /** A free buffer's memory, if any. */
  take(): ArrayBuffer | undefined;
  /** Gives a written buffer back. */
  give(buffer: ArrayBuffer): void;
}>;

/** Free buffers kept: the worker formatter lends at most PAGES_PER_WORKER × workers + WRITING_PAGES + HELPING_PAGES at once. */
const MAX_FREE = 8;

/**
 * Buffers go round (formatter → file writer → pool → formatter) instead of a
 * new one per page: a page lives from its formatting to its write, long
 * enough to be promoted out of the young generation, so dead ones piled up.
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
