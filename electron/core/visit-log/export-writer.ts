import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportFile } from '../../shared/contract/visits';

/** Appends text to a file through a stream, with backpressure, counting rows and hashing bytes. */
export type FileWriter = Readonly<{
  /** Adds one row's text (already encoded, with its line ending). */
  row(text: string): Promise<void> | void;
  /** Adds `count` rows at once (already encoded and joined, each with its line ending). */
  rows(text: string, count: number): Promise<void> | void;
  /** Adds text that is not a row (BOM, header). */
  text(text: string): Promise<void> | void;
  /** Flushes, fsyncs, renames into place; returns its manifest entry. */
  finish(): Promise<ExportFile>;
  /** Removes the temp file (and the final one, if already renamed) after a failure. */
  abort(): void;
}>;

/** Write buffers, reused; each is filled before one stream write, big enough to make per-write overhead vanish. */
const BUFFER_BYTES = 1024 * 1024;
const BUFFERS = 4;

/**
 * Opens `<dir>/.<name>.partial`; `finish` renames it to `<dir>/<name>` only
 * after its data reached the disk, so a half-written export never carries the
 * final name.
 *
 * Memory stays constant: text is encoded straight into a small pool of reused
 * buffers, and a full buffer waits until the stream has written one back
 * (backpressure). A fresh Buffer per chunk let tens of MB of dead buffers pile
 * up outside the V8 heap before a GC noticed them; gathering text with `+=`
 * first cost a flatten of every chunk before encoding.
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
  let current: Buffer | null = null;
  let fill = 0;
  let rows = 0;
  let bytes = 0;
  let finished = false;

  const send = (buffer: Buffer, chunk: Buffer, pooled: boolean) => {
    hash.update(chunk);
    bytes += chunk.length;
    stream.write(chunk, (error) => {
      if (error) failure = error;
      if (pooled) free.push(buffer);
      waiting.shift()?.();
    });
  };

  /** Sends the current buffer (if any) and takes a free one, waiting for the stream if none is free. */
  const next = (): Promise<void> | void => {
    if (failure) throw failure;
    if (current && fill > 0) send(current, current.subarray(0, fill), true);
    else if (current) free.push(current);
    current = free.pop() ?? null;
    fill = 0;
    if (!current) return new Promise<void>((resolve) => waiting.push(resolve)).then(next);
  };

  const text = (t: string): Promise<void> | void => {
    // UTF-8 of one UTF-16 unit is 3 bytes at most; measure exactly only near the end of a buffer.
    const room = current ? BUFFER_BYTES - fill : 0;
    if (current && (t.length * 3 <= room || Buffer.byteLength(t, 'utf8') <= room)) {
      fill += current.write(t, fill, 'utf8');
      return undefined;
    }
    if (current && Buffer.byteLength(t, 'utf8') > BUFFER_BYTES) {
      // Larger than any buffer (never for a visit's lines): send it on its own.
      const pending = next();
      const big = Buffer.from(t, 'utf8');
      const after = () => send(big, big, false);
      return pending ? pending.then(after) : after();
    }
    const pending = next();
    return pending ? pending.then(() => text(t)) : text(t);
  };

  return {
    row: (t) => {
      rows++;
      return text(t);
    },
    rows: (t, count) => {
      rows += count;
      return text(t);
    },
    text,
    async finish() {
      if (current && fill > 0) send(current, current.subarray(0, fill), true);
      current = null;
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
