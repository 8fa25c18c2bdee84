import fs from 'node:fs';
import path from 'node:path';

/** Structured log lines for staff and for e2e failure attachments. */
export type AppLog = Readonly<{
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}>;

/**
 * Appends JSON lines to `<dir>/kiosk.log` and mirrors them to stderr.
 * Synchronous appends: a log line written just before a crash must survive it.
 */
export const createAppLog = (dir: string | null, clock: () => Date = () => new Date()): AppLog => {
  const file = dir ? path.join(dir, 'kiosk.log') : null;
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const write = (level: string, message: string, data?: unknown) => {
    const line = JSON.stringify({ at: clock().toISOString(), level, message, ...(data === undefined ? {} : { data }) });
    if (file) {
      try {
        fs.appendFileSync(file, `${line}\n`);
      } catch {
        // A full disk must not take the kiosk down with it; stderr still has the line.
      }
    }
    if (process.env.KIOSK_QUIET !== '1') process.stderr.write(`${line}\n`);
  };
  return {
    info: (message, data) => write('info', message, data),
    warn: (message, data) => write('warn', message, data),
    error: (message, error) =>
      write('error', message, error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error),
  };
};
