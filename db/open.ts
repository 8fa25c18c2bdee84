import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

export type OpenOptions = Readonly<{
  /** Open read-only (exports); no PRAGMA writes, no migrations. */
  readonly?: boolean;
  migrations?: readonly Migration[];
  /** Upper bound of the WAL file after a checkpoint, in bytes. */
  journalSizeLimit?: number;
}>;

/**
 * Opens (creating if needed) a kiosk database with the PRAGMAs the visit log
 * relies on, and migrates it.
 *
 * - WAL: readers (statistics, export) never block the logger's writes.
 * - synchronous=FULL: WAL's default NORMAL only syncs at checkpoints, so a
 *   power cut may roll back commits that already returned. The logger reports
 *   a batch as stored once its transaction commits; FULL makes that promise
 *   true (the WAL is fsynced at every commit), at ~one fsync per batch — and we
 *   batch precisely so that cost is paid a few times a second, not per tap.
 * - foreign_keys: events cannot outlive their visit (retention cascades).
 * - busy_timeout: an export's read connection or an admin's sqlite3 shell must
 *   not make a write fail outright.
 * - journal_size_limit: the WAL is truncated back to this size after
 *   checkpoints, so weeks of uptime do not grow it without bound.
 */
export const openDatabase = (file: string, options: OpenOptions = {}): Database.Database => {
  if (!options.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    db.pragma('busy_timeout = 5000');
    if (options.readonly) {
      // Read-only connections stream exports: a scan gains nothing from a big
      // page cache (better-sqlite3 defaults to 16 MB), and the export's memory is budgeted.
      db.pragma('cache_size = -2048');
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`journal_size_limit = ${Math.trunc(options.journalSizeLimit ?? 8 * 1024 * 1024)}`);
    migrate(db, options.migrations ?? MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
