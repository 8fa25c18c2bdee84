import type Database from 'better-sqlite3';

/** One integrity check as stored. `at` is epoch ms UTC when it started. */
export type IntegrityRow = Readonly<{ at: number; mode: 'quick' | 'full'; ok: boolean; result: string; durationMs: number }>;

/** Integrity check history (`integrity_checks`): statements prepared once. */
export type IntegrityRepo = Readonly<{
  insert(row: IntegrityRow): void;
  /** The newest check, or null when none was ever run. */
  last(): IntegrityRow | null;
}>;

/** SQLite's answer can list up to 100 problems; the screen needs the first few. */
const MAX_RESULT = 2000;

/** Creates the integrity check repository. */
export const createIntegrityRepo = (db: Database.Database): IntegrityRepo => {
  const insert = db.prepare(`INSERT INTO integrity_checks (at, mode, ok, result, duration_ms) VALUES (?, ?, ?, ?, ?)`);
  const last = db.prepare(`SELECT at, mode, ok, result, duration_ms AS durationMs FROM integrity_checks ORDER BY at DESC, id DESC LIMIT 1`);
  return {
    insert: (r) => {
      insert.run(r.at, r.mode, r.ok ? 1 : 0, r.result.slice(0, MAX_RESULT), Math.round(r.durationMs));
    },
    last: () => {
      const row = last.get() as (Omit<IntegrityRow, 'ok'> & { ok: number }) | undefined;
      return row ? { ...row, ok: row.ok === 1 } : null;
    },
  };
};
