import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportFile } from '../../shared/contract/visits';

/** Appends text to a file through a stream, with backpressure, counting rows and hashing bytes. */
export type FileWriter = Readonly<{
  /** Adds one row's text (already encoded, with its line ending). */
  row(text: string): Promise<void> | void;
  /** Adds text that is not a row (BOM, header). */
  text(text: string): Promise<void> | void;
  /** Flushes, fsyncs, renames into place; returns its manifest entry. */
  finish(): Promise<ExportFile>;
  /** Removes the temp file (and the final one, if already renamed) after a failure. */
  abort(): void;
}>;

/** Characters gathered before one stream write: big enough to make per-write overhead vanish. */
const CHUNK_CHARS = 256 * 1024;
/** Write buffers, reused: UTF-8 of one chunk always fits (3 bytes per UTF-16 unit at most). */
const BUFFER_BYTES = 1024 * 1024;
const BUFFERS = 4;

/**
 * Opens `<dir>/.<name>.partial`; `finish` renames it to `<dir>/<name>` only
 * after its data reached the disk, so a half-written export never carries the
 * final name.
 *
 * Memory stays constant: chunks are encoded into a small pool of reused
 * buffers, and a chunk waits until the stream has written one of them back
 * (backpressure). A fresh Buffer per chunk let tens of MB of dead buffers pile
 * up outside the V8 heap before a GC noticed them.
 */
export const openFileWriter = (dir: string, name: string): FileWriter => {
  const final = path.join(dir, name);
  const temp = path.join(dir, `.${name}.partial`);
  // flush: fsync before close — the rename below must not outrun the data.
  const stream = fs.createWriteStream(temp, { highWaterMark: BUFFER_BYTES, flush: true });
  const hash = createHash('sha256');
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  const free: Buffer[] = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(BUFFER_BYTES));
  const waiting: Array<() => void> = [];
  let pending = '';
  let rows = 0;
  let bytes = 0;
  let finished = false;

  const push = (): Promise<void> | void => {
    if (failure) throw failure;
    const buffer = free.pop();
    if (!buffer) return new Promise<void>((resolve) => waiting.push(resolve)).then(push);
    const fits = pending.length * 3 <= BUFFER_BYTES || Buffer.byteLength(pending, 'utf8') <= BUFFER_BYTES;
    const chunk = fits ? buffer.subarray(0, buffer.write(pending, 0, 'utf8')) : Buffer.from(pending, 'utf8');
    pending = '';
    hash.update(chunk);
    bytes += chunk.length;
    stream.write(chunk, (error) => {
      if (error) failure = error;
      free.push(buffer);
      waiting.shift()?.();
    });
  };

  const text = (t: string) => {
    pending += t;
    return pending.length >= CHUNK_CHARS ? push() : undefined;
  };

  return {
    row: (t) => {
      rows++;
      return text(t);
    },
    text,
    async finish() {
      if (pending.length > 0) await push();
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
      await new Promise<void>((resolve, reject) => (stream.closed ? resolve() : stream.once('close', resolve).once('error', reject)));
      if (failure) throw failure;
      fs.renameSync(temp, final);
      finished = true;
      return { name, rows, bytes, sha256: hash.digest('hex') };
    },
    abort() {
      stream.destroy();
      fs.rmSync(temp, { force: true });
      // A file of an export that failed later is not an export: leave nothing half-done behind.
      if (finished) fs.rmSync(final, { force: true });
    },
  };
};

/** Makes the renames in `dir` durable (POSIX: fsync the directory). */
export const syncDir = (dir: string): void => {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
};
