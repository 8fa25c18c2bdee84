import type Database from 'better-sqlite3';
import { CRLF_SQL, csvQuotedSql, csvTextSql, isoOrEmptySql, isoSql } from './export-sql';
import type { StatsWindow } from './stats-repo';

/** Visit columns, in export order. */
export const VISIT_COLUMNS = ['visit_id', 'kiosk_id', 'started_at', 'ended_at', 'end_reason', 'language', 'pack_id', 'pack_version'] as const;
/** Event columns, in export order. */
export const EVENT_COLUMNS = ['event_id', 'visit_id', 'kiosk_id', 'seq', 'at', 'type', 'chapter', 'payload'] as const;

/** The two export formats. */
export type ExportFormat = 'csv' | 'jsonl';
type Window = Pick<StatsWindow, 'fromMs' | 'toMs'>;

/** Read side of the export: finished lines (with their line ending) in a deterministic order. */
export type ExportRepo = Readonly<{
  /** Visits in the window (cheap: the start-time index). Events are not counted up front: that is a full extra scan. */
  countVisits(w: Window): number;
  /** Visits by start time, then id. */
  visitLines(format: ExportFormat, w: Window): IterableIterator<string>;
  /** Events of those visits, visit by visit (same order), then seq, then id; with their visit's start (for progress). */
  eventLines(format: ExportFormat, w: Window): IterableIterator<[line: string, visitStartedAt: number]>;
}>;

// UUIDs, event types, chapter ids, language codes and end reasons were
// validated to closed alphabets on the way in: they need no CSV escaping.
const VISIT_CSV = `v.id || ',' || ${csvTextSql('v.kiosk_id')} || ',' || ${isoSql('v.started_at')} || ',' || ${isoOrEmptySql('v.ended_at')}
  || ',' || coalesce(v.end_reason, '') || ',' || v.language || ',' || ${csvTextSql('v.pack_id')} || ',' || ${csvTextSql('v.pack_version')} || ${CRLF_SQL}`;
const EVENT_CSV = `e.id || ',' || e.visit_id || ',' || ${csvTextSql('v.kiosk_id')} || ',' || e.seq || ',' || ${isoSql('e.at')}
  || ',' || e.type || ',' || coalesce(e.chapter, '') || ',' || ${csvQuotedSql('e.payload')} || ${CRLF_SQL}`;
// json_object keeps the keys in the order written; the payload is nested as JSON, not as a string.
const VISIT_JSONL = `json_object('visit_id', v.id, 'kiosk_id', v.kiosk_id, 'started_at', ${isoSql('v.started_at')},
  'ended_at', CASE WHEN v.ended_at IS NULL THEN NULL ELSE ${isoSql('v.ended_at')} END, 'end_reason', v.end_reason,
  'language', v.language, 'pack_id', v.pack_id, 'pack_version', v.pack_version) || char(10)`;
const EVENT_JSONL = `json_object('event_id', e.id, 'visit_id', e.visit_id, 'kiosk_id', v.kiosk_id, 'seq', e.seq, 'at', ${isoSql('e.at')},
  'type', e.type, 'chapter', e.chapter, 'payload', json(e.payload)) || char(10)`;

const visitsSql = (line: string) => `SELECT ${line} FROM visits v WHERE v.started_at >= ? AND v.started_at < ? ORDER BY v.started_at, v.id`;
const eventsSql = (line: string) =>
  `SELECT ${line}, v.started_at FROM visits v JOIN visit_events e ON e.visit_id = v.id
   WHERE v.started_at >= ? AND v.started_at < ? ORDER BY v.started_at, v.id, e.seq, e.id`;

/**
 * Creates the export repository. Use it on its own (read-only) connection:
 * an iterator keeps its connection busy, and the logger must keep writing.
 */
export const createExportRepo = (db: Database.Database): ExportRepo => {
  const countVisits = db.prepare(`SELECT COUNT(*) FROM visits WHERE started_at >= ? AND started_at < ?`).pluck();
  const lines = {
    csv: { visits: db.prepare(visitsSql(VISIT_CSV)).pluck(), events: db.prepare(eventsSql(EVENT_CSV)).raw() },
    jsonl: { visits: db.prepare(visitsSql(VISIT_JSONL)).pluck(), events: db.prepare(eventsSql(EVENT_JSONL)).raw() },
  };
  return {
    countVisits: (w) => countVisits.get(w.fromMs, w.toMs) as number,
    visitLines: (format, w) => lines[format].visits.iterate(w.fromMs, w.toMs) as IterableIterator<string>,
    eventLines: (format, w) => lines[format].events.iterate(w.fromMs, w.toMs) as IterableIterator<[string, number]>,
  };
};
