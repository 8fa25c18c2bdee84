import type Database from 'better-sqlite3';
import type { StatsWindow } from './stats-repo';

/** Visit columns, in export order. */
export const VISIT_COLUMNS = ['visit_id', 'kiosk_id', 'started_at', 'ended_at', 'end_reason', 'language', 'pack_id', 'pack_version'] as const;
/** A raw visit row, in VISIT_COLUMNS order (times epoch ms). */
export type VisitTuple = [string, string, number, number | null, string | null, string, string, string];

/** Event columns, in export order. */
export const EVENT_COLUMNS = ['event_id', 'visit_id', 'kiosk_id', 'seq', 'at', 'type', 'chapter', 'payload'] as const;
/** A raw event row, in EVENT_COLUMNS order (`payload` is JSON text). */
export type EventTuple = [string, string, string, number, number, string, string | null, string];

/** Read side of the export: raw row iterators in a deterministic order. */
export type ExportRepo = Readonly<{
  count(w: Pick<StatsWindow, 'fromMs' | 'toMs'>): { visits: number; events: number };
  /** Visits by start time, then id. */
  visits(w: Pick<StatsWindow, 'fromMs' | 'toMs'>): IterableIterator<VisitTuple>;
  /** Events of those visits, visit by visit (same order), then seq, then id. */
  events(w: Pick<StatsWindow, 'fromMs' | 'toMs'>): IterableIterator<EventTuple>;
}>;

/**
 * Creates the export repository. Use it on its own (read-only) connection:
 * an iterator keeps its connection busy, and the logger must keep writing.
 * `.raw()` rows skip building an object per row — the export is a hot loop.
 */
export const createExportRepo = (db: Database.Database): ExportRepo => {
  const countVisits = db.prepare(`SELECT COUNT(*) FROM visits WHERE started_at >= ? AND started_at < ?`).pluck();
  const countEvents = db
    .prepare(
      `SELECT COUNT(*) FROM visits v JOIN visit_events e ON e.visit_id = v.id WHERE v.started_at >= ? AND v.started_at < ?`,
    )
    .pluck();
  const visits = db
    .prepare(
      `SELECT id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version
       FROM visits WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id`,
    )
    .raw();
  const events = db
    .prepare(
      `SELECT e.id, e.visit_id, v.kiosk_id, e.seq, e.at, e.type, e.chapter, e.payload
       FROM visits v JOIN visit_events e ON e.visit_id = v.id
       WHERE v.started_at >= ? AND v.started_at < ?
       ORDER BY v.started_at, v.id, e.seq, e.id`,
    )
    .raw();
  return {
    count: (w) => ({ visits: countVisits.get(w.fromMs, w.toMs) as number, events: countEvents.get(w.fromMs, w.toMs) as number }),
    visits: (w) => visits.iterate(w.fromMs, w.toMs) as IterableIterator<VisitTuple>,
    events: (w) => events.iterate(w.fromMs, w.toMs) as IterableIterator<EventTuple>,
  };
};
