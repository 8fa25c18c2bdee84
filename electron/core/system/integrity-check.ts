import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** `quick`: PRAGMA quick_check (no index cross-check, O(N)); `full`: PRAGMA integrity_check. */
export type CheckMode = 'quick' | 'full';

/** What a check found. `result` is SQLite's answer: "ok", or its first problems joined by newlines. */
export type CheckOutcome = Readonly<{ ok: boolean; result: string; durationMs: number }>;

/** SQLite stops listing problems after this many (the screen shows a few). */
const MAX_ERRORS = 20;

/**
 * The thread's code, kept as a string so every bundle (Electron, web host, CLI)
 * and the sources run it alike without a bundled entry of its own: it opens the
 * database read-only and answers one PRAGMA. better-sqlite3 is the path the
 * caller resolved, so the thread loads the same native module.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const started = performance.now();
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma(workerData.pragma, { simple: false }).map((row) => String(Object.values(row)[0]));
  parentPort.postMessage({ ok: rows.length === 1 && rows[0] === 'ok', result: rows.join('\\n'), durationMs: performance.now() - started });
} catch (error) {
  parentPort.postMessage({ ok: false, result: 'check failed: ' + (error && error.message ? error.message : String(error)), durationMs: performance.now() - started });
} finally {
  if (db) db.close();
}
`;

/** better-sqlite3 as this module resolves it (from sources or beside a bundle). */
const sqlitePath = (): string => createRequire(path.join(import.meta.dirname, 'resolve.js')).resolve('better-sqlite3');

/**
 * Checks the database file `file` on a worker thread with its own read-only
 * connection: the check reads every page (seconds on a large file), and on the
 * main thread it would hold up the visit logger and every call meanwhile. In WAL
 * mode the logger keeps writing while the thread reads its snapshot.
 */
export const checkDatabase = (file: string, mode: CheckMode): Promise<CheckOutcome> =>
  new Promise((resolve) => {
    const pragma = `${mode === 'quick' ? 'quick_check' : 'integrity_check'}(${MAX_ERRORS})`;
    const started = performance.now();
    const failed = (why: string) => resolve({ ok: false, result: `check failed: ${why}`, durationMs: performance.now() - started });
    let worker: Worker;
    try {
      worker = new Worker(THREAD, { eval: true, workerData: { file, pragma, sqlite: sqlitePath() } });
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    let answered = false;
    worker.once('message', (outcome: CheckOutcome) => {
      answered = true;
      resolve(outcome);
    });
    worker.once('error', (error) => failed(error.message));
    worker.once('exit', (code) => {
      if (!answered) failed(`the check thread exited with code ${code}`);
    });
  });
