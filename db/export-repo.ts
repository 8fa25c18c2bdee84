import type Database from 'better-sqlite3';
import { CRLF_SQL, csvTextSql, ISO_FORMAT, isoFormatArgsSql, isoOrEmptySql, isoSql } from './export-sql';
import type { StatsWindow } from './stats-repo';

/** Visit columns, in export order. */
export const VISIT_COLUMNS = [
  'visit_id',
  'kiosk_id',
  'started_at',
  'ended_at',
  'end_reason',
  'language',
  'pack_id',
  'pack_version',
] as const;
/** Event columns, in export order. */
export const EVENT_COLUMNS = ['event_id', 'visit_id', 'kiosk_id', 'seq', 'at', 'type', 'chapter', 'payload'] as const;

/** The two export formats. */
export type ExportFormat = 'csv' | 'jsonl';
type Window = Pick<StatsWindow, 'fromMs' | 'toMs'>;

/**
 * What the events of one visit need: its id, its encoded `middle` cells (see
 * VISIT_MIDDLE), and the UTC day it started (days since 1970 and as text):
 * most of its events fall on that day and reuse the text.
 */
export type EventVisit = readonly [id: string, middle: string, day: number, dayText: string];

/** A page of visits, by start time then id: their finished lines, and what their events need. */
export type VisitPage = Readonly<{
  /** One line per visit (with its line ending), for the visits file. */
  lines: string[];
  /** The same visits, in the same order, for their events (`eventLines`). */
  visits: EventVisit[];
  /** Start time of the page's last visit (for progress). */
  lastStartedAt: number;
}>;

/** Read side of the export: finished lines (with their line ending) in a deterministic order. */
export type ExportRepo = Readonly<{
  /** Visits in the window (cheap: the start-time index). Events are not counted up front: that is a full extra scan. */
  countVisits(w: Window): number;
  /** Visits of the window in pages, by start time then id. Each page is one query: no iterator stays open. */
  visitPages(format: ExportFormat, w: Window): Generator<VisitPage>;
  /**
   * All the lines of one visit's events (by seq, then id) as UTF-8 bytes, with
   * their count; null for a visit without events. The Buffer is new each call:
   * feed its length to a YoungGarbage (young-garbage.ts in the visit log). A function of the
   * connection's snapshot only: any connection on the same snapshot returns
   * the same text (the export's worker threads rely on it).
   */
  eventLines(format: ExportFormat, visit: EventVisit): readonly [bytes: Buffer, rows: number] | null;
  /** readDataVersion of the repository's connection. */
  dataVersion(): number;
}>;

/** Visits per page: a page is also the unit handed to a worker thread (≈ 430 KB of CSV at 40 events a visit), so it bounds the memory in flight. */
const VISIT_PAGE = 64;

// UUIDs, event types, chapter ids, language codes and end reasons were
// validated to closed alphabets on the way in: they need no CSV escaping.
const VISIT_CSV = `v.id || ',' || ${csvTextSql('v.kiosk_id')} || ',' || ${isoSql('v.started_at')} || ',' || ${isoOrEmptySql('v.ended_at')}
  || ',' || coalesce(v.end_reason, '') || ',' || v.language || ',' || ${csvTextSql('v.pack_id')} || ',' || ${csvTextSql('v.pack_version')} || ${CRLF_SQL}`;
// One format() call writes the whole line: a chain of `||` copies the line so
// far into a new string at every step (a dozen per row), which made this
// expression cost half again as much. `%w` doubles the quotes of the always
// quoted payload (RFC 4180). `@middle` is the visit's `,visit_id,kiosk_id,`
// encoded once per visit (VISIT_MIDDLE, on the page query), not once per
// event: the kiosk cell's quoting checks were a fifth of the encoding time.
// The date comes from the visit (@day, @dayText) unless the event is on a
// later day: date() on every row was a seventh of the expression's cost.
const EVENT_CSV = `format('%s%s%d,${ISO_FORMAT},%s,%s,"%w"' || ${CRLF_SQL},
  e.id, @middle, e.seq, ${isoFormatArgsSql('e.at', "CASE WHEN e.at / 86400000 = @day THEN @dayText ELSE date(e.at / 1000, 'unixepoch') END")},
  e.type, coalesce(e.chapter, ''), e.payload)`;
// json_object keeps the keys in the order written; the payload is nested as JSON, not as a string.
const VISIT_JSONL = `json_object('visit_id', v.id, 'kiosk_id', v.kiosk_id, 'started_at', ${isoSql('v.started_at')},
  'ended_at', CASE WHEN v.ended_at IS NULL THEN NULL ELSE ${isoSql('v.ended_at')} END, 'end_reason', v.end_reason,
  'language', v.language, 'pack_id', v.pack_id, 'pack_version', v.pack_version) || char(10)`;
const EVENT_JSONL = `json_object('event_id', e.id, 'visit_id', e.visit_id, 'kiosk_id', @middle, 'seq', e.seq, 'at', ${isoSql('e.at')},
  'type', e.type, 'chapter', e.chapter, 'payload', json(e.payload)) || char(10)`;

// JSON Lines takes the bare kiosk id as @middle: json_object does its own escaping.
const VISIT_MIDDLE = { csv: `',' || v.id || ',' || ${csvTextSql('v.kiosk_id')} || ','`, jsonl: 'v.kiosk_id' };
// Keyset pagination over the start-time index: (started_at, id) > cursor, so
// no page re-reads the ones before it and no query holds an iterator open.
const visitPageSql = (middle: string, line: string) =>
  `SELECT v.id, v.started_at, ${middle}, v.started_at / 86400000, date(v.started_at / 1000, 'unixepoch'), ${line} FROM visits v WHERE v.started_at < @to AND (v.started_at, v.id) > (@after, @afterId)
   ORDER BY v.started_at, v.id LIMIT ${VISIT_PAGE}`;
// One row per visit: SQLite joins the lines itself, so a visit of 40 events
// crosses into JS as one value instead of 40 rows (the per-row crossing was
// most of the export's time). The ordered subquery walks the primary key
// (visit_id, seq, id), so its ORDER BY needs no sort; an ORDER BY inside
// group_concat would sort every visit again (a fifth of the query's time).
// One query per page instead (a join of the page's visits with their events)
// was slower: SQLite does not see that (started_at, id) is unique, so it
// sorts each visit's events again. A BLOB arrives as a new Buffer outside
// the V8 heap, and tens of MB of dead ones piled up in each
// thread before a GC noticed them, so the callers collect young garbage
// as they go (young-garbage.ts); text instead cost a UTF-8 → UTF-16 decode
// and an encode back per visit, and the GC of ~330 MB of two-byte strings
// (the payloads hold Chinese): a sixth more time for the whole export.
const eventsSql = (line: string) =>
  `SELECT CAST(group_concat(line, '') AS BLOB), count(*) FROM (SELECT ${line} AS line FROM visit_events e WHERE e.visit_id = @id ORDER BY e.seq, e.id)`;

type PageRow = [id: string, startedAt: number, middle: string, day: number, dayText: string, line: string];

/**
 * SQLite's `PRAGMA data_version` on this connection: it changes exactly when
 * another connection committed since this connection's previous read. Inside
 * a transaction it is that of the snapshot its first read took.
 */
export const readDataVersion = (db: Database.Database): number => db.pragma('data_version', { simple: true }) as number;

/**
 * Creates the export repository. Use it on its own (read-only) connection,
 * inside one read transaction so that every page sees the same snapshot.
 */
export const createExportRepo = (db: Database.Database): ExportRepo => {
  const countVisits = db.prepare(`SELECT COUNT(*) FROM visits WHERE started_at >= ? AND started_at < ?`).pluck();
  const statements = {
    csv: {
      page: db.prepare(visitPageSql(VISIT_MIDDLE.csv, VISIT_CSV)).raw(),
      events: db.prepare(eventsSql(EVENT_CSV)).raw(),
    },
    jsonl: {
      page: db.prepare(visitPageSql(VISIT_MIDDLE.jsonl, VISIT_JSONL)).raw(),
      events: db.prepare(eventsSql(EVENT_JSONL)).raw(),
    },
  };

  function* visitPages(format: ExportFormat, w: Window): Generator<VisitPage> {
    const { page } = statements[format];
    let cursor: [number, string] = [w.fromMs, ''];
    for (;;) {
      const rows = page.all({ after: cursor[0], afterId: cursor[1], to: w.toMs }) as PageRow[];
      const last = rows.at(-1);
      if (!last) return;
      yield {
        lines: rows.map((r) => r[5]),
        visits: rows.map((r): EventVisit => [r[0], r[2], r[3], r[4]]),
        lastStartedAt: last[1],
      };
      if (rows.length < VISIT_PAGE) return;
      cursor = [last[1], last[0]];
    }
  }

  const eventLines = (format: ExportFormat, [id, middle, day, dayText]: EventVisit) => {
    const params = format === 'csv' ? { id, middle, day, dayText } : { id, middle };
    const [bytes, rows] = statements[format].events.get(params) as [Buffer | null, number];
    return bytes === null ? null : ([bytes, rows] as const);
  };

  return {
    countVisits: (w) => countVisits.get(w.fromMs, w.toMs) as number,
    visitPages,
    eventLines,
    dataVersion: () => readDataVersion(db),
  };
};
