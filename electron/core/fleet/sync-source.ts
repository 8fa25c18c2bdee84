import type Database from 'better-sqlite3';
import type { FleetVisitRow } from './visit-row';

/** A visit row as the kiosk stores it (epoch ms, closed): the fleet's one visit shape. */
export type SyncVisit = FleetVisitRow;
/** An event row; `payload` is the stored canonical JSON text. */
export type SyncEvent = Readonly<{ id: string; visit_id: string; seq: number; at: number; type: string; chapter: string | null; payload: string }>;

/** Whole visits with all their events, and the key of the last one (the next watermark). */
export type SyncBatch = Readonly<{ visits: SyncVisit[]; events: SyncEvent[]; last: Readonly<{ startedAt: number; visitId: string }> }>;

/**
 * A batch already in COPY text format, built by SQLite itself: the sync's
 * main-thread work per event is then a few microseconds of C instead of an
 * object per row and a JavaScript escape per cell (measured: the logger keeps
 * its share of the event loop while sync runs).
 */
export type CopyBatch = Readonly<{ visits: number; events: number; visitsText: string; eventsText: string; last: SyncBatch['last'] }>;

/** The kiosk side of sync: what is not yet acknowledged, and the watermark. */
export type SyncSource = Readonly<{
  /** The next up to `maxVisits` closed visits after the watermark, or null when none is waiting. */
  next(maxVisits: number): SyncBatch | null;
  /** The same batch as `next`, as COPY text (fleet_stage_visits / fleet_stage_events column order); after `after` instead of the watermark when given. */
  nextCopy(maxVisits: number, after?: SyncBatch['last']): CopyBatch | null;
  /** Closed visits waiting to be sent. */
  backlog(): number;
  /** Whether another connection (the logger) committed since the last call: SQLite's data_version. */
  othersWrote(): boolean;
  /** Records the server's acknowledgement of everything up to `last` (call only after its COMMIT). */
  ack(last: SyncBatch['last'], at: number): void;
  close(): void;
}>;

// Visits in (started_at, id) order after the watermark, closed, and before the
// oldest still-open visit: the watermark must never pass a visit that has not
// been sent yet, or it would be skipped for good once it closes.
const PENDING = `(v.started_at, v.id) > (:s, :id) AND v.ended_at IS NOT NULL
  AND v.started_at < coalesce((SELECT min(started_at) FROM visits WHERE ended_at IS NULL), 9007199254740991)`;

/**
 * Reads batches from the kiosk's database over its own connection `db` (the
 * logger keeps its own), with statements prepared once and each batch read in
 * one short read transaction, so visits and events agree and the logger's
 * writes are never held up (WAL: readers do not block the writer).
 */
export const createSyncSource = (db: Database.Database, target: string): SyncSource => {
  const mark = db.prepare<[string], { s: number; id: string }>('SELECT last_started_at AS s, last_visit_id AS id FROM fleet_sync WHERE target = ?');
  const visits = db.prepare(
    `SELECT v.id, v.kiosk_id, v.started_at, v.ended_at, v.end_reason, v.language, v.pack_id, v.pack_version, v.last_interaction_at
     FROM visits v WHERE ${PENDING} ORDER BY v.started_at, v.id LIMIT :n`,
  );
  const events = db.prepare(
    `SELECT e.id, e.visit_id, e.seq, e.at, e.type, e.chapter, e.payload
     FROM visits v JOIN visit_events e ON e.visit_id = v.id
     WHERE (v.started_at, v.id) > (:s, :id) AND (v.started_at, v.id) <= (:ls, :lid) AND v.ended_at IS NOT NULL
     ORDER BY v.started_at, v.id, e.seq, e.id`,
  );
  // COPY text escapes backslash, tab, LF and CR. Ids, kiosk ids, types, chapters,
  // languages and end reasons were validated to closed alphabets on the way in;
  // the payload is canonical JSON (no raw control characters, but backslashes);
  // pack ids and versions are free text.
  const esc = (col: string) => `replace(replace(replace(replace(${col}, '\\', '\\\\'), char(9), '\\t'), char(10), '\\n'), char(13), '\\r')`;
  const visitsCopy = db.prepare(
    `SELECT count(*) AS n, coalesce(group_concat(v.id || char(9) || v.kiosk_id || char(9) || v.started_at || char(9) || v.ended_at || char(9) ||
       v.end_reason || char(9) || v.language || char(9) || ${esc('v.pack_id')} || char(9) || ${esc('v.pack_version')} || char(9) ||
       coalesce(v.last_interaction_at, '\\N') || char(10), ''), '') AS text
     FROM visits v WHERE (v.started_at, v.id) > (:s, :id) AND (v.started_at, v.id) <= (:ls, :lid) AND v.ended_at IS NOT NULL`,
  );
  const eventsCopy = db.prepare(
    `SELECT count(*) AS n, coalesce(group_concat(e.id || char(9) || e.visit_id || char(9) || e.seq || char(9) || e.at || char(9) || e.type || char(9) ||
       coalesce(e.chapter, '\\N') || char(9) || replace(e.payload, '\\', '\\\\') || char(10), ''), '') AS text
     FROM visits v JOIN visit_events e ON e.visit_id = v.id
     WHERE (v.started_at, v.id) > (:s, :id) AND (v.started_at, v.id) <= (:ls, :lid) AND v.ended_at IS NOT NULL`,
  );
  const lastKey = db.prepare(
    `SELECT v.started_at AS s, v.id FROM visits v WHERE ${PENDING} ORDER BY v.started_at, v.id LIMIT 1 OFFSET :skip`,
  );
  const lastPending = db.prepare(`SELECT v.started_at AS s, v.id FROM visits v WHERE ${PENDING} ORDER BY v.started_at DESC, v.id DESC LIMIT 1`);
  // The batch's last visit: the maxVisits-th pending one, or the last pending when fewer wait.
  const lastOf = (w: { s: number; id: string }, maxVisits: number) =>
    (lastKey.get({ s: w.s, id: w.id, skip: maxVisits - 1 }) ?? lastPending.get({ s: w.s, id: w.id })) as { s: number; id: string } | undefined;
  const count = db.prepare(`SELECT COUNT(*) FROM visits v WHERE ${PENDING}`).pluck();
  const upsert = db.prepare(
    `INSERT INTO fleet_sync (target, last_started_at, last_visit_id, acked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (target) DO UPDATE SET last_started_at = excluded.last_started_at, last_visit_id = excluded.last_visit_id, acked_at = excluded.acked_at`,
  );
  const watermark = () => mark.get(target) ?? { s: -1, id: '' };
  let dataVersion = db.pragma('data_version', { simple: true }) as number;

  const read = db.transaction((maxVisits: number): SyncBatch | null => {
    const w = watermark();
    const vs = visits.all({ s: w.s, id: w.id, n: maxVisits }) as SyncVisit[];
    const lastVisit = vs.at(-1);
    if (!lastVisit) return null;
    const es = events.all({ s: w.s, id: w.id, ls: lastVisit.started_at, lid: lastVisit.id }) as SyncEvent[];
    return { visits: vs, events: es, last: { startedAt: lastVisit.started_at, visitId: lastVisit.id } };
  });
  const readCopy = db.transaction((maxVisits: number, after?: SyncBatch['last']): CopyBatch | null => {
    const w = after ? { s: after.startedAt, id: after.visitId } : watermark();
    const last = lastOf(w, maxVisits);
    if (!last) return null;
    const range = { s: w.s, id: w.id, ls: last.s, lid: last.id };
    const v = visitsCopy.get(range) as { n: number; text: string };
    const e = eventsCopy.get(range) as { n: number; text: string };
    return { visits: v.n, events: e.n, visitsText: v.text, eventsText: e.text, last: { startedAt: last.s, visitId: last.id } };
  });
  return {
    next: (maxVisits) => read.deferred(maxVisits),
    nextCopy: (maxVisits, after) => readCopy.deferred(maxVisits, after),
    backlog: () => {
      const w = watermark();
      return count.get({ s: w.s, id: w.id }) as number;
    },
    othersWrote: () => {
      const v = db.pragma('data_version', { simple: true }) as number;
      const changed = v !== dataVersion;
      dataVersion = v;
      return changed;
    },
    ack: (last, at) => void upsert.run(target, last.startedAt, last.visitId, at),
    close: () => db.close(),
  };
};

/**
 * Up to `slices` consecutive COPY batches of `maxVisits` visits joined into
 * one, for one transaction: round trips and commits, not the server's work,
 * bound the sync's rate (npm run bench:fleet), so a large backlog goes in
 * fewer, larger transactions. Each slice is its own short SQLite read, and the
 * event loop gets a turn between slices, so the logger is never held up
 * longer than one slice's read.
 */
export const readCopySlices = async (source: SyncSource, maxVisits: number, slices: number): Promise<CopyBatch | null> => {
  const parts: CopyBatch[] = [];
  for (let i = 0; i < slices; i++) {
    const part = source.nextCopy(maxVisits, parts.at(-1)?.last);
    if (!part) break;
    parts.push(part);
    if (part.visits < maxVisits) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const last = parts.at(-1);
  if (!last) return null;
  return {
    visits: parts.reduce((n, p) => n + p.visits, 0),
    events: parts.reduce((n, p) => n + p.events, 0),
    visitsText: parts.map((p) => p.visitsText).join(''),
    eventsText: parts.map((p) => p.eventsText).join(''),
    last: last.last,
  };
};
