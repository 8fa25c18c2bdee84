import Database from 'better-sqlite3';
import type { SentVisit } from './visits';

/** What the SQLite file holds of what the clients sent. */
export type StoredCheck = {
  /** Events the host answered `ok` for, and how many of them are stored. */
  acceptedEvents: number;
  acceptedStored: number;
  /** Events of visits whose end `visit:flush` reported durable, and how many are stored. */
  durableEvents: number;
  durableStored: number;
  /** Accepted items (starts, events, ends) not in the file: what must show up as dropped. */
  lostItems: number;
  /** Visits stored `interrupted` that their own client ended otherwise. */
  wronglyInterrupted: number;
};

/** Reads the real database file after the host stopped and compares it with the answers the clients got. */
export const checkStored = (databaseFile: string, sent: readonly SentVisit[]): StoredCheck => {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const events = new Set(db.prepare('SELECT id FROM visit_events').pluck().all() as string[]);
    const ends = new Map(
      (
        db.prepare('SELECT id, end_reason AS reason FROM visits').all() as Array<{ id: string; reason: string | null }>
      ).map((r) => [r.id, r.reason]),
    );
    const check: StoredCheck = {
      acceptedEvents: 0,
      acceptedStored: 0,
      durableEvents: 0,
      durableStored: 0,
      lostItems: 0,
      wronglyInterrupted: 0,
    };
    for (const s of sent) {
      const id = s.visit.start.visitId;
      const stored = s.accepted.events.filter((e) => events.has(e)).length;
      check.acceptedEvents += s.accepted.events.length;
      check.acceptedStored += stored;
      if (s.durable) {
        check.durableEvents += s.visit.events.length;
        check.durableStored += s.visit.events.filter((e) => events.has(e.id)).length;
      }
      const reason = ends.get(id);
      check.lostItems += s.accepted.events.length - stored;
      if (s.accepted.start && reason === undefined) check.lostItems++;
      if (s.accepted.end && (reason === null || reason === undefined)) check.lostItems++;
      if (s.accepted.end && reason === 'interrupted' && s.visit.end.reason !== 'interrupted')
        check.wronglyInterrupted++;
    }
    return check;
  } finally {
    db.close();
  }
};

/** Health alerts the kiosk recorded in its database, by kind (the rows `health:visit-log` and the admin screens read). */
export const alertRows = (databaseFile: string): Array<{ kind: string; message: string }> => {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return db.prepare('SELECT kind, message FROM health_alerts ORDER BY id').all() as Array<{
      kind: string;
      message: string;
    }>;
  } finally {
    db.close();
  }
};
