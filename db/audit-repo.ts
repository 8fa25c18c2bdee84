import type Database from 'better-sqlite3';

/** One audit row as stored: `at` is epoch ms UTC. */
export type AuditRecord = Readonly<{
  at: number;
  role: 'staff' | 'admin' | null;
  action: string;
  detail: string;
  outcome: 'ok' | 'refused' | 'failed';
}>;

/** A stored audit row with its id (ids grow with time: pages go by id). */
export type StoredAuditRecord = AuditRecord & Readonly<{ id: number }>;

/** Audit log repository: statements prepared once. */
export type AuditRepo = Readonly<{
  insert(record: AuditRecord): number;
  /** Newest first; only ids below `before` when given. */
  list(limit: number, before?: number): StoredAuditRecord[];
  /** Oldest first, `fromMs` <= at < `toMs`: what an export of that range carries. */
  between(fromMs: number, toMs: number): StoredAuditRecord[];
}>;

/** Creates the audit repository on a database migrated to 0060 or later. */
export const createAuditRepo = (db: Database.Database): AuditRepo => {
  const insert = db.prepare(`INSERT INTO audit_log (at, role, action, detail, outcome) VALUES (?, ?, ?, ?, ?)`);
  const list = db.prepare(`SELECT id, at, role, action, detail, outcome FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?`);
  const between = db.prepare(`SELECT id, at, role, action, detail, outcome FROM audit_log WHERE at >= ? AND at < ? ORDER BY id`);
  return {
    between: (fromMs, toMs) => between.all(fromMs, toMs) as StoredAuditRecord[],
    insert: (r) => Number(insert.run(r.at, r.role, r.action, r.detail, r.outcome).lastInsertRowid),
    list: (limit, before) => list.all(before ?? Number.MAX_SAFE_INTEGER, limit) as StoredAuditRecord[],
  };
};
