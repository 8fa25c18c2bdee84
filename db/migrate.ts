import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

/** Thrown when the database was written by a newer kiosk version than this one. */
export class DatabaseTooNewError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`database schema version ${found} is newer than this kiosk supports (${supported}); install the newer kiosk version or restore an older database`);
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Brings the schema to the newest version against `PRAGMA user_version`.
 * All pending migrations run in one transaction: a failure leaves the database
 * exactly as it was. Returns the versions applied.
 */
export const migrate = (db: Database.Database, migrations: readonly Migration[]): number[] => {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    // user_version cannot be bound as a parameter; the value is our own integer.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return pending.map((m) => m.version);
};
