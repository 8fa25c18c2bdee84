import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportFile } from '../../shared/contract/visits';

/** Appends text to a file through a stream, with backpressure, counting rows and hashing bytes. */
export type FileWriter = Readonly<{
  /** Adds one row's text (already encoded, with its line ending). */
  row(text: string): Promise<void> | void;
  /**
   * Adds `count` rows at once (UTF-8 bytes, joined, each with its line ending).
   * Big buffers are written as they are: `written` is called once the bytes
   * are no longer needed (at once for small ones, copied), not before.
   */
  rows(bytes: Buffer, count: number, written?: () => void): Promise<void> | void;
  /** Adds text that is not a row (BOM, header). */
  text(text: string): Promise<void> | void;
  /** Flushes, fsyncs, renames into place; returns its manifest entry. */
  finish(): Promise<ExportFile>;
  /** Removes the temp file (and the final one, if already renamed) after a failure. */
  abort(): void;
}>;

const c = fs.constants;
/** O_CREAT|O_EXCL|O_NOFOLLOW: create a new file, never open an existing one or follow a link (no O_NOFOLLOW on Windows: 0). */
export const EXCLUSIVE_FLAGS = c.O_WRONLY | c.O_CREAT | c.O_EXCL | (c.O_NOFOLLOW ?? 0);

/** The temp name a file is written under until complete: hidden, and recognisable for start-up cleanup. */
export const partialName = (name: string): string => `.${name}.partial`;

/**
 * Renames a complete temp file to its final name without ever replacing an
 * existing file: a hard link fails on an existing name (EEXIST); file systems
 * without hard links (FAT sticks) get a check right before the rename.
 */
export const renameNoReplace = (temp: string, final: string): void => {
  try {
    fs.linkSync(temp, final);
    fs.unlinkSync(temp);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`${path.basename(final)} already exists; not replaced`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
  }
  if (fs.existsSync(final) || isLink(final)) throw new Error(`${path.basename(final)} already exists; not replaced`);
  fs.renameSync(temp, final);
};

const isLink = (file: string) => {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Write buffers, reused; each is filled before one stream write, big enough to make per-write overhead vanish. */
const BUFFER_BYTES = 512 * 1024;
const BUFFERS = 2;
/** Chunks at least this big are written as they are; smaller ones are copied into the pooled buffers. */
const DIRECT_BYTES = 256 * 1024;
/** Bytes handed to the stream and not yet written beyond which the writer waits: memory stays bounded when the disk is the slow side. */
const MAX_QUEUED_BYTES = 2 * 1024 * 1024;
/**
 * Bytes written between two fdatasyncs issued in the background while the
 * export goes on: the disk writes while the CPU formats, and the fsync at the
 * end has little left to flush (≈ 0.15 s for 167 MB here when it had it all).
 */
const SYNC_EVERY_BYTES = 32 * 1024 * 1024;

/**
 * Creates `<dir>/.<name>.partial` exclusively (O_CREAT|O_EXCL|O_NOFOLLOW, 0600);
 * `finish` renames it to `<dir>/<name>` only after its data reached the disk
 * (flush: fsync before close), never over an existing file, so a half-written
 * export never carries the final name and nothing is replaced.
 *
 * Memory stays constant: text is encoded straight into a small pool of reused
 * buffers, big chunks go to the stream as they are, and the writer waits while
 * the stream holds too much (backpressure). A fresh Buffer per small chunk let
 * tens of MB of dead buffers pile up outside the V8 heap before a GC noticed
 * them; gathering text with `+=` first cost a flatten of every chunk before encoding.
 */
export const openFileWriter = (dir: string, name: string): FileWriter => {
  const final = path.join(dir, name);
  const temp = path.join(dir, partialName(name));
  // Opened here, not by the stream, so the background fdatasyncs have the descriptor from the start.
  // Exclusive and never through a link: a file or symlink planted at the temp name fails the export
  // instead of being truncated (it could point at the visit database); 0600: the log is not for other users.
  const fd = fs.openSync(temp, EXCLUSIVE_FLAGS, 0o600);
  // flush: fsync before close — the rename below must not outrun the data.
  const stream = fs.createWriteStream(temp, { fd, highWaterMark: BUFFER_BYTES, flush: true });
  const hash = createHash('sha256');
  let failure: Error | null = null;
  const free: Buffer[] = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(BUFFER_BYTES));
  let waiters: Array<() => void> = [];
  let current: Buffer | null = null;
  let fill = 0;
  let rows = 0;
  let bytes = 0;
  let queued = 0;
  let unsynced = 0;
  let syncing: Promise<void> | null = null;
  let ending = false;
  let finished = false;

  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  stream.on('error', (error) => {
    failure = error;
    wake();
  });

  const syncInBackground = () => {
    if (ending || syncing || unsynced < SYNC_EVERY_BYTES) return;
    unsynced = 0;
    // An error here surfaces at the final fsync, which must succeed anyway.
    syncing = new Promise<void>((resolve) => fs.fdatasync(fd, () => resolve())).then(() => {
      syncing = null;
    });
  };

  const send = (chunk: Buffer, release?: () => void) => {
    hash.update(chunk);
    bytes += chunk.length;
    queued += chunk.length;
    stream.write(chunk, (error) => {
      if (error) failure = error;
      queued -= chunk.length;
      unsynced += chunk.length;
      release?.();
      syncInBackground();
      wake();
    });
  };

  /** Returns once the stream holds little enough (and, if asked, a pooled buffer is free). */
  const room = (needBuffer: boolean): Promise<void> | void => {
    if (failure) throw failure;
    if (queued <= MAX_QUEUED_BYTES && (!needBuffer || free.length > 0)) return undefined;
    return new Promise<void>((resolve) => waiters.push(resolve)).then(() => room(needBuffer));
  };

  const sendCurrent = () => {
    const buffer = current;
    current = null;
    if (buffer && fill > 0) send(buffer.subarray(0, fill), () => free.push(buffer));
    else if (buffer) free.push(buffer);
    fill = 0;
  };

  /** Sends the current buffer (if any) and takes a free one, waiting for the stream if none is free. */
  const next = (): Promise<void> | void => {
    sendCurrent();
    const take = () => {
      current = free.pop() ?? null;
    };
    const wait = room(true);
    return wait ? wait.then(take) : take();
  };

  const chunk = (b: Buffer, written?: () => void): Promise<void> | void => {
    if (b.length >= DIRECT_BYTES) {
      sendCurrent();
      send(b, written);
      return room(false);
    }
    if (current && b.length <= BUFFER_BYTES - fill) {
      fill += b.copy(current, fill);
      written?.();
      return undefined;
    }
    const wait = next();
    return wait ? wait.then(() => chunk(b, written)) : chunk(b, written);
  };

  const text = (t: string): Promise<void> | void => {
    // UTF-8 of one UTF-16 unit is 3 bytes at most; measure exactly only near the end of a buffer.
    const left = current ? BUFFER_BYTES - fill : 0;
    if (current && (t.length * 3 <= left || Buffer.byteLength(t, 'utf8') <= left)) {
      fill += current.write(t, fill, 'utf8');
      return undefined;
    }
    // Larger than a buffer (never for one line): send it on its own.
    if (Buffer.byteLength(t, 'utf8') > BUFFER_BYTES) return chunk(Buffer.from(t, 'utf8'));
    const wait = next();
    return wait ? wait.then(() => text(t)) : text(t);
  };

  return {
    row: (t) => {
      rows++;
      return text(t);
    },
    rows: (b, count, written) => {
      rows += count;
      return chunk(b, written);
    },
    text,
    async finish() {
      sendCurrent();
      // No fdatasync may still run when the stream closes its descriptor.
      ending = true;
      if (syncing) await syncing;
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
      await new Promise<void>((resolve, reject) =>
        stream.closed ? resolve() : stream.once('close', resolve).once('error', reject),
      );
      if (failure) throw failure;
      renameNoReplace(temp, final);
      finished = true;
      return { name, rows, bytes, sha256: hash.digest('hex') };
    },
    abort() {
      stream.destroy();
      // A pulled-out stick fails these too: start-up cleanup removes what is left (export-leftovers.ts).
      const remove = (file: string) => {
        try {
          fs.rmSync(file, { force: true });
        } catch {
          // Reported by the export's own error; nothing more to do here.
        }
      };
      remove(temp);
      // A file of an export that failed later is not an export: leave nothing half-done behind.
      if (finished) remove(final);
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
