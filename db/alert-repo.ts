import type Database from 'better-sqlite3';

/** A recorded health alert. `at` is epoch ms UTC. */
export type AlertRow = Readonly<{ at: number; kind: string; message: string }>;

/** Health alerts repository: statements prepared once. */
export type AlertRepo = Readonly<{
  insert(alert: AlertRow): void;
  /** Newest first. */
  recent(limit: number): AlertRow[];
  /** Deletes alerts older than `cutoffMs`; returns how many. */
  purgeBefore(cutoffMs: number): number;
}>;

/** Creates the health alert repository. */
export const createAlertRepo = (db: Database.Database): AlertRepo => {
  const insert = db.prepare(`INSERT INTO health_alerts (at, kind, message) VALUES (?, ?, ?)`);
  const recent = db.prepare(`SELECT at, kind, message FROM health_alerts ORDER BY at DESC, id DESC LIMIT ?`);
  const purge = db.prepare(`DELETE FROM health_alerts WHERE at < ?`);
  return {
    insert: (a) => {
      insert.run(a.at, a.kind, a.message);
    },
    recent: (limit) => recent.all(limit) as AlertRow[],
    purgeBefore: (cutoffMs) => purge.run(cutoffMs).changes,
  };
};
