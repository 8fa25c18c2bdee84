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
  /**
   * Events of those visits, visit by visit (same order), then seq, then id:
   * one string per visit holding all its lines, with their count and the
   * visit's start (for progress). Visits without events yield nothing.
   */
  eventChunks(format: ExportFormat, w: Window): Generator<EventChunk>;
}>;

/** All the encoded event lines of one visit. */
export type EventChunk = Readonly<{ text: string; rows: number; visitStartedAt: number }>;

/** Visits fetched per page: the keyset cursor costs one index seek per page. */
const VISIT_PAGE = 512;

// UUIDs, event types, chapter ids, language codes and end reasons were
// validated to closed alphabets on the way in: they need no CSV escaping.
const VISIT_CSV = `v.id || ',' || ${csvTextSql('v.kiosk_id')} || ',' || ${isoSql('v.started_at')} || ',' || ${isoOrEmptySql('v.ended_at')}
  || ',' || coalesce(v.end_reason, '') || ',' || v.language || ',' || ${csvTextSql('v.pack_id')} || ',' || ${csvTextSql('v.pack_version')} || ${CRLF_SQL}`;
// `@middle` is the visit's `,visit_id,kiosk_id,` encoded once per visit (VISIT_MIDDLE, on the page query),
// not once per event: the kiosk cell's quoting checks were a fifth of the encoding time.
const EVENT_CSV = `e.id || @middle || e.seq || ',' || ${isoSql('e.at')}
  || ',' || e.type || ',' || coalesce(e.chapter, '') || ',' || ${csvQuotedSql('e.payload')} || ${CRLF_SQL}`;
// json_object keeps the keys in the order written; the payload is nested as JSON, not as a string.
const VISIT_JSONL = `json_object('visit_id', v.id, 'kiosk_id', v.kiosk_id, 'started_at', ${isoSql('v.started_at')},
  'ended_at', CASE WHEN v.ended_at IS NULL THEN NULL ELSE ${isoSql('v.ended_at')} END, 'end_reason', v.end_reason,
  'language', v.language, 'pack_id', v.pack_id, 'pack_version', v.pack_version) || char(10)`;
const EVENT_JSONL = `json_object('event_id', e.id, 'visit_id', e.visit_id, 'kiosk_id', @middle, 'seq', e.seq, 'at', ${isoSql('e.at')},
  'type', e.type, 'chapter', e.chapter, 'payload', json(e.payload)) || char(10)`;

const visitsSql = (line: string) => `SELECT ${line} FROM visits v WHERE v.started_at >= ? AND v.started_at < ? ORDER BY v.started_at, v.id`;
// Keyset pagination over the start-time index: (started_at, id) > cursor, so
// no page re-reads the ones before it and no query holds an iterator open.
const visitPageSql = (middle: string) =>
  `SELECT id, started_at, ${middle} FROM visits WHERE started_at < @to AND (started_at, id) > (@after, @afterId)
   ORDER BY started_at, id LIMIT ${VISIT_PAGE}`;
// JSON Lines takes the bare kiosk id as @middle: json_object does its own escaping.
const VISIT_MIDDLE = { csv: `',' || id || ',' || ${csvTextSql('kiosk_id')} || ','`, jsonl: 'kiosk_id' };
// One row per visit: SQLite joins the lines itself, so a visit of 40 events
// crosses into JS as one string instead of 40 rows (the per-row crossing was
// most of the export's time). The ordered subquery walks the primary key
// (visit_id, seq, id), so its ORDER BY needs no sort; an ORDER BY inside
// group_concat would sort every visit again (a fifth of the query's time).
const eventsSql = (line: string) =>
  `SELECT group_concat(line, ''), count(*) FROM (SELECT ${line} AS line FROM visit_events e WHERE e.visit_id = @id ORDER BY e.seq, e.id)`;

/**
 * Creates the export repository. Use it on its own (read-only) connection:
 * an iterator keeps its connection busy, and the logger must keep writing.
 */
export const createExportRepo = (db: Database.Database): ExportRepo => {
  const countVisits = db.prepare(`SELECT COUNT(*) FROM visits WHERE started_at >= ? AND started_at < ?`).pluck();
  const lines = {
    csv: { visits: db.prepare(visitsSql(VISIT_CSV)).pluck(), page: db.prepare(visitPageSql(VISIT_MIDDLE.csv)).raw(), events: db.prepare(eventsSql(EVENT_CSV)).raw() },
    jsonl: { visits: db.prepare(visitsSql(VISIT_JSONL)).pluck(), page: db.prepare(visitPageSql(VISIT_MIDDLE.jsonl)).raw(), events: db.prepare(eventsSql(EVENT_JSONL)).raw() },
  };
  function* eventChunks(format: ExportFormat, w: Window): Generator<EventChunk> {
    const { page, events } = lines[format];
    let cursor: [number, string] = [w.fromMs, ''];
    for (;;) {
      const visits = page.all({ after: cursor[0], afterId: cursor[1], to: w.toMs }) as Array<[string, number, string]>;
      for (const [id, visitStartedAt, middle] of visits) {
        const [text, rows] = events.get({ id, middle }) as [string | null, number];
        if (text !== null) yield { text, rows, visitStartedAt };
      }
      const last = visits.at(-1);
      if (!last || visits.length < VISIT_PAGE) return;
      cursor = [last[1], last[0]];
    }
  }
  return {
    countVisits: (w) => countVisits.get(w.fromMs, w.toMs) as number,
    visitLines: (format, w) => lines[format].visits.iterate(w.fromMs, w.toMs) as IterableIterator<string>,
    eventChunks,
  };
};
