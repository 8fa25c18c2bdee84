import fs from 'node:fs';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

/** Structured log lines for staff and for e2e failure attachments. */
export type AppLog = Readonly<{
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}>;

/** The app log as its owner holds it: close() flushes the file at shutdown. */
export type ClosableAppLog = AppLog & Readonly<{ close(): Promise<void> }>;

/**
 * How big the log may get (docs/configuration.md "App log"). `kiosk.log` is
 * rotated when it reaches `fileSize` or once a day, whichever comes first; at
 * most `maxFiles` rotated files are kept and together they stay under
 * `totalSize`, so months of uptime hold ~50 MB of log at most.
 */
export type AppLogLimits = Readonly<{ fileSize: `${number}${'K' | 'M'}`; totalSize: `${number}${'K' | 'M'}`; maxFiles: number; interval: '1d' | '1h' }>;
export const APP_LOG_LIMITS: AppLogLimits = { fileSize: '10M', totalSize: '50M', maxFiles: 14, interval: '1d' };

/** `kiosk.log` now; rotated files `kiosk.2026-12-03T10-00-00-000Z.1.log` (no colons: Windows USB sticks). */
const fileName = (time: number | Date | null, index?: number): string =>
  time === null ? 'kiosk.log' : `kiosk.${new Date(time).toISOString().replace(/[:.]/g, '-')}.${index ?? 0}.log`;

/**
 * Appends JSON lines to `<dir>/kiosk.log` (rotated by rotating-file-stream, so
 * the folder holds a bounded amount) and mirrors them to stderr, which the
 * journal keeps even if the process dies before the stream flushed. A folder
 * that cannot be created or written (read-only, full disk) leaves stderr only:
 * the log must never take the kiosk down with it.
 */
export const createAppLog = (
  dir: string | null,
  clock: () => Date = () => new Date(),
  limits: AppLogLimits = APP_LOG_LIMITS,
): ClosableAppLog => {
  const stream = dir ? openStream(dir, limits) : null;
  let broken = stream === null;
  stream?.on('error', (error) => {
    if (!broken) process.stderr.write(`app log: ${error.message}; logging to stderr only\n`);
    broken = true;
  });
  stream?.on('warning', () => {}); // rotation warnings (a history file vanished) are not worth a crash
  const write = (level: string, message: string, data?: unknown) => {
    const line = JSON.stringify({ at: clock().toISOString(), level, message, ...(data === undefined ? {} : { data }) });
    if (stream && !broken) stream.write(`${line}\n`);
    if (process.env.KIOSK_QUIET !== '1') process.stderr.write(`${line}\n`);
  };
  let closed: Promise<void> | null = null;
  return {
    info: (message, data) => write('info', message, data),
    warn: (message, data) => write('warn', message, data),
    error: (message, error) =>
      write('error', message, error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        if (!stream || stream.destroyed) return resolve();
        stream.end(() => resolve());
        // end() never calls back when the stream failed; do not hold up shutdown for it.
        stream.once('error', () => resolve());
      });
      return closed;
    },
  };
};

const openStream = (dir: string, limits: AppLogLimits): RotatingFileStream | null => {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    process.stderr.write(`app log: cannot write ${dir} (${(error as Error).message}); logging to stderr only\n`);
    return null;
  }
  return createStream(fileName, {
    path: dir,
    size: limits.fileSize,
    interval: limits.interval,
    maxFiles: limits.maxFiles,
    maxSize: limits.totalSize,
    history: 'kiosk.log.history',
  });
};
