import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { DatabaseTooNewError, errorCode, openDatabase } from '../../../db';

export type CheckedOpen = Readonly<{
  db: Database.Database;
  /** Where a damaged database was moved, or null. */
  quarantinedTo: string | null;
  /** False when the file could not be used at all and the log runs in memory for this session. */
  persistent: boolean;
}>;

const isDamage = (error: unknown): boolean => {
  if (error instanceof DatabaseTooNewError) return true;
  const code = errorCode(error);
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
};

/** `visits.sqlite` → `visits.corrupt-2026-01-31T10-00-00-000Z.sqlite` (no colons: Windows USB sticks). */
export const quarantineName = (file: string, at: Date, why: string): string => {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const dot = file.lastIndexOf('.');
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return dot > slash ? `${file.slice(0, dot)}.${why}-${stamp}${file.slice(dot)}` : `${file}.${why}-${stamp}`;
};

const moveAside = (file: string, target: string) => {
  fs.renameSync(file, target);
  // The WAL and shared-memory files belong to the damaged database, not the fresh one.
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
};

const openAndCheck = (file: string): Database.Database => {
  const db = openDatabase(file);
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw Object.assign(new Error(`quick_check: ${String(result)}`), { code: 'SQLITE_CORRUPT' });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};

/**
 * Opens the visit database, checking it first. A damaged one (not a database,
 * quick_check fails, or written by a newer kiosk) is moved aside under a
 * timestamped name and a fresh one created, so start-up never crash-loops on
 * a bad file. Any other failure (folder unwritable…) falls back to an
 * in-memory database for this session; `raise` reports either.
 */
export const openCheckedDatabase = (
  file: string,
  now: () => Date,
  raise: (kind: string, message: string) => void,
): CheckedOpen => {
  try {
    return { db: openAndCheck(file), quarantinedTo: null, persistent: true };
  } catch (error) {
    if (!isDamage(error)) {
      raise('visit-log-unavailable', `cannot open ${file} (${errorCode(error)}); visits are kept in memory until restart`);
      return { db: openDatabase(':memory:'), quarantinedTo: null, persistent: false };
    }
    const why = error instanceof DatabaseTooNewError ? 'newer' : 'corrupt';
    const target = quarantineName(file, now(), why);
    try {
      moveAside(file, target);
      const db = openAndCheck(file);
      raise('visit-log-replaced', `visit database was damaged (${errorCode(error)}: ${(error as Error).message}); moved to ${target} and replaced by a fresh one`);
      return { db, quarantinedTo: target, persistent: true };
    } catch (second) {
      raise('visit-log-unavailable', `cannot replace damaged ${file} (${errorCode(second)}); visits are kept in memory until restart`);
      return { db: openDatabase(':memory:'), quarantinedTo: null, persistent: false };
    }
  }
};
