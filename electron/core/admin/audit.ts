import type Database from 'better-sqlite3';
import { createAuditRepo, type AuditRecord, type AuditRepo } from '../../../db';
import type { AuditRow, Role } from '../../shared/contract/admin';

/** One audit entry as a service reports it; the time is the core's clock. */
export type AuditEntry = Readonly<{
  /** Role of the session that acted; null when nobody was signed in. */
  role: Role | null;
  /** Short verb or call name: `sign-in`, `pin-changed`, `packs:activate`, … */
  action: string;
  /** What it was about, for a person reading the log (no PINs, no tokens). */
  detail: string;
  outcome: AuditRow['outcome'];
}>;

/** What services get in their options (`audit?: AuditSink`) to record what staff and admins did. */
export type AuditSink = Readonly<{ record(entry: AuditEntry): void }>;

/** The audit log: a sink for every service, plus the reader behind `audit:list`. */
export type AuditLog = AuditSink &
  Readonly<{
    /** Connects the visit-log database (which holds `audit_log`); entries recorded before are written then. */
    attach(db: Database.Database): void;
    list(limit: number, before?: number): AuditRow[];
  }>;

/** Entries kept in memory before the database is attached (start-up only). */
const MAX_PENDING = 100;
const MAX_DETAIL = 1000;

/**
 * Creates the audit log. `record` never throws: an audit row that cannot be
 * written (disk full) goes to the app log instead of failing the action.
 */
export const createAuditLog = (options: Readonly<{ now: () => number; onError(message: string, error: unknown): void }>): AuditLog => {
  let repo: AuditRepo | null = null;
  const pending: AuditRecord[] = [];
  const write = (record: AuditRecord) => {
    try {
      repo?.insert(record);
    } catch (error) {
      options.onError(`audit row not stored: ${record.action} ${record.outcome}`, error);
    }
  };
  return {
    record(entry) {
      const record: AuditRecord = { ...entry, detail: entry.detail.slice(0, MAX_DETAIL), at: options.now() };
      if (repo) write(record);
      else if (pending.length < MAX_PENDING) pending.push(record);
    },
    attach(db) {
      repo = createAuditRepo(db);
      for (const record of pending.splice(0)) write(record);
    },
    list(limit, before) {
      if (!repo) return [];
      return repo.list(limit, before).map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
    },
  };
};
