import type Database from 'better-sqlite3';

/** One schema step. `version` is the file's number (10, 20, …); `up` runs inside the migration transaction. */
export type Migration = Readonly<{
  version: number;
  name: string;
  up(db: Database.Database): void;
}>;
