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

/**
 * Columns the CSV adds for administrators (issue 17), after the ones above:
 * kiosk local time (ISO 8601 with offset, plus a date and a time cell that
 * Excel reads as such), engaged and idle-tail seconds, whether the visit
 * never left the hub, and the engaged dwell per chapter (headers carry the
 * chapter titles: export-format.ts).
 */
export const VISIT_LOCAL_COLUMNS = ['started_local', 'start_date', 'start_time', 'ended_local', 'engaged_s', 'idle_tail_s', 'hub_only'] as const;
/** Event columns the CSV adds: local time, its date and time cells, the chapter's title in the export language. */
export const EVENT_LOCAL_COLUMNS = ['at_local', 'date', 'time', 'chapter_title'] as const;

/**
 * What the CSV's local columns need: the kiosk's UTC offset (ms and as
 * `+08:00`) and the five chapter titles in tour order, already encoded as CSV
 * cells. Plain data: it travels inside each EventPage to worker threads.
 */
export type CsvLocal = Readonly<{ offMs: number; offText: string; t0: string; t1: string; t2: string; t3: string; t4: string }>;

/** The two export formats. */
export type ExportFormat = 'csv' | 'jsonl';
type Window = Pick<StatsWindow, 'fromMs' | 'toMs'>;

/**
 * Which events a page covers: those of the visits after the `after` key and
 * up to the `last` key, in (started_at, id) order. Plus what makes their
 * lines cheaper: the page's first kiosk id and its encoded CSV cell (every
 * visit of one kiosk has the same), and its UTC day (days since 1970 and as
 * text), which most of its events fall on. Plain data: it is posted to worker threads.
 */
export type EventPage = Readonly<{
  /** CSV only: local time and chapter titles (CsvLocal's fields). */
  local?: CsvLocal;
  after: number;
  afterId: string;
  last: number;
  lastId: string;
  kiosk: string;
  kioskCell: string;
  day: number;
  dayText: string;
}>;

/** A page of visits, by start time then id: their finished lines, and what their events need. */
export type VisitPage = Readonly<{
  /** One line per visit (with its line ending), for the visits file. */
  lines: string[];
  /** The same visits' events (`eventLines`). */
  events: EventPage;
  /** Start time of the page's last visit (for progress). */
  lastStartedAt: number;
}>;

/** Read side of the export: finished lines (with their line ending) in a deterministic order. */
export type ExportRepo = Readonly<{
  /** Visits in the window (cheap: the start-time index). Events are not counted up front: that is a full extra scan. */
  countVisits(w: Window): number;
  /** Visits of the window in pages, by start time then id. Each page is one query: no iterator stays open. */
  visitPages(format: ExportFormat, w: Window, local?: CsvLocal): Generator<VisitPage>;
  /**
   * All the lines of a page's events (by visit start, visit id, seq, event
   * id) as UTF-8 bytes, with their count; null for a page without events.
   * The Buffer is new each call and its own ArrayBuffer (it can be
   * transferred): feed its length to a YoungGarbage (young-garbage.ts in the
   * visit log). A function of the connection's snapshot only: any connection
   * on the same snapshot returns the same bytes (the export's worker threads rely on it).
   */
  eventLines(format: ExportFormat, page: EventPage): readonly [bytes: Buffer, rows: number] | null;
  /** readDataVersion of the repository's connection. */
  dataVersion(): number;
}>;

/** Without a CsvLocal: UTC and the chapter ids as titles. */
const UTC_IDS: CsvLocal = { offMs: 0, offText: '+00:00', t0: 'hard-core', t1: 'vitality', t2: 'momentum', t3: 'quality', t4: 'radiation' };

/** Visits per page: a page is also the unit handed to a worker thread (≈ 430 KB of CSV at 40 events a visit), so it bounds the memory in flight. */
const VISIT_PAGE = 64;

// UUIDs, event types, chapter ids, language codes and end reasons were
// validated to closed alphabets on the way in: they need no CSV escaping.
// Local time: the UTC instant shifted by the kiosk's offset, written with that offset.
const LOCAL_ISO = '%sT%02d:%02d:%02d.%03d%s';
const localArgs = (col: string) => {
  const t = `(${col} + @offMs)`;
  return `date(${t} / 1000, 'unixepoch'), ${t} / 3600000 % 24, ${t} / 60000 % 60, ${t} / 1000 % 60, ${t} % 1000, @offText`;
};
const localDateTimeArgs = (col: string) => {
  const t = `(${col} + @offMs)`;
  return `date(${t} / 1000, 'unixepoch'), ${t} / 3600000 % 24, ${t} / 60000 % 60, ${t} / 1000 % 60`;
};
const localOrEmpty = (col: string) => `CASE WHEN ${col} IS NULL THEN '' ELSE format('${LOCAL_ISO}', ${localArgs(col)}) END`;
// Whole seconds, rounded; empty while the visit is open.
const secondsOrEmpty = (ms: string) => `CASE WHEN v.last_interaction_at IS NULL THEN '' ELSE CAST((${ms} + 500) / 1000 AS TEXT) END`;
const dwellCell = (chapter: string) =>
  `coalesce(CAST((SELECT (SUM(coalesce(d.engaged_ms, d.dwell_ms)) + 500) / 1000 FROM chapter_dwells d WHERE d.visit_id = v.id AND d.chapter = '${chapter}') AS TEXT), '')`;
const CHAPTERS = ['hard-core', 'vitality', 'momentum', 'quality', 'radiation'] as const;
const VISIT_CSV = `format('%s,%s,${ISO_FORMAT},%s,%s,%s,%s,%s,${LOCAL_ISO},%s,%02d:%02d:%02d,%s,%s,%s,%d,%s,%s,%s,%s,%s' || ${CRLF_SQL}, v.id, ${csvTextSql('v.kiosk_id')},
  ${isoFormatArgsSql('v.started_at')}, ${isoOrEmptySql('v.ended_at')}, coalesce(v.end_reason, ''), v.language,
  ${csvTextSql('v.pack_id')}, ${csvTextSql('v.pack_version')},
  ${localArgs('v.started_at')}, ${localDateTimeArgs('v.started_at')}, ${localOrEmpty('v.ended_at')},
  ${secondsOrEmpty('v.last_interaction_at - v.started_at')}, ${secondsOrEmpty('v.ended_at - v.last_interaction_at')},
  v.ended_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visit_chapters c WHERE c.visit_id = v.id AND c.opened = 1),
  ${CHAPTERS.map(dwellCell).join(', ')})`;
// One format() call writes the whole line: a chain of `||` copies the line so
// far into a new string at every step (a dozen per row), which made this
// expression cost half again as much. `%w` doubles the quotes of the always
// quoted payload (RFC 4180). The kiosk cell is the page's, encoded once
// (@kioskCell), unless a visit has another kiosk id: its quoting checks on
// every row were a fifth of the encoding time. The date is the page's
// (@dayText) unless the event is on another day: date() on every row was a
// seventh of the expression's cost.
// The local columns (issue 17) follow the original eight, so readers of the old layout keep working.
const EVENT_CSV = `format('%s,%s,%s,%d,${ISO_FORMAT},%s,%s,"%w",${LOCAL_ISO},%s,%02d:%02d:%02d,%s' || ${CRLF_SQL},
  e.id, v.id, CASE WHEN v.kiosk_id = @kiosk THEN @kioskCell ELSE ${csvTextSql('v.kiosk_id')} END, e.seq,
  ${isoFormatArgsSql('e.at', "CASE WHEN e.at / 86400000 = @day THEN @dayText ELSE date(e.at / 1000, 'unixepoch') END")},
  e.type, coalesce(e.chapter, ''), e.payload, ${localArgs('e.at')}, ${localDateTimeArgs('e.at')},
  CASE e.chapter WHEN 'hard-core' THEN @t0 WHEN 'vitality' THEN @t1 WHEN 'momentum' THEN @t2 WHEN 'quality' THEN @t3
    WHEN 'radiation' THEN @t4 ELSE coalesce(e.chapter, '') END)`;
// json_object keeps the keys in the order written; the payload is nested as JSON, not as a string.
const VISIT_JSONL = `json_object('visit_id', v.id, 'kiosk_id', v.kiosk_id, 'started_at', ${isoSql('v.started_at')},
  'ended_at', CASE WHEN v.ended_at IS NULL THEN NULL ELSE ${isoSql('v.ended_at')} END, 'end_reason', v.end_reason,
  'language', v.language, 'pack_id', v.pack_id, 'pack_version', v.pack_version) || char(10)`;
const EVENT_JSONL = `json_object('event_id', e.id, 'visit_id', e.visit_id, 'kiosk_id', v.kiosk_id, 'seq', e.seq, 'at', ${isoSql('e.at')},
  'type', e.type, 'chapter', e.chapter, 'payload', json(e.payload)) || char(10)`;

// Keyset pagination over the start-time index: (started_at, id) > cursor, so
// no page re-reads the ones before it and no query holds an iterator open.
const visitPageSql = (line: string) =>
  `SELECT v.id, v.started_at, v.kiosk_id, ${csvTextSql('v.kiosk_id')}, v.started_at / 86400000, date(v.started_at / 1000, 'unixepoch'), ${line}
   FROM visits v WHERE v.started_at < @to AND (v.started_at, v.id) > (@after, @afterId)
   ORDER BY v.started_at, v.id LIMIT ${VISIT_PAGE}`;
// One query and one value per page: SQLite joins the page's visits with their
// events and concatenates the lines itself (one JS value per row or per visit
// was most of the export's time). visits_by_start is UNIQUE (migration 0050),
// so SQLite knows each visit comes once in (started_at, id) order and that the
// primary key (visit_id, seq, id) already gives its events in order: no sort.
// With random (v4) visit ids the join reads the events file at random;
// version 7 ids, made in time order by the kiosk, make it nearly sequential.
// A BLOB, not text: text cost a UTF-8 → UTF-16 decode and an encode back
// (the payloads hold Chinese: two-byte strings). It arrives as a new Buffer
// outside the V8 heap, so its readers collect young garbage as they go.
const eventsSql = (line: string) =>
  `SELECT CAST(group_concat(line, '') AS BLOB), count(*) FROM (
     SELECT ${line} AS line FROM visits v JOIN visit_events e ON e.visit_id = v.id
     WHERE (v.started_at, v.id) > (@after, @afterId) AND (v.started_at, v.id) <= (@last, @lastId)
     ORDER BY v.started_at, v.id, e.seq, e.id)`;

type PageRow = [id: string, startedAt: number, kiosk: string, kioskCell: string, day: number, dayText: string, line: string];

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
      page: db.prepare(visitPageSql(VISIT_CSV)).raw(),
      events: db.prepare(eventsSql(EVENT_CSV)).raw(),
    },
    jsonl: {
      page: db.prepare(visitPageSql(VISIT_JSONL)).raw(),
      events: db.prepare(eventsSql(EVENT_JSONL)).raw(),
    },
  };

  function* visitPages(format: ExportFormat, w: Window, local: CsvLocal = UTC_IDS): Generator<VisitPage> {
    const { page } = statements[format];
    let cursor: [number, string] = [w.fromMs, ''];
    for (;;) {
      const at = { after: cursor[0], afterId: cursor[1], to: w.toMs };
      const rows = page.all(format === 'csv' ? { ...at, offMs: local.offMs, offText: local.offText } : at) as PageRow[];
      const first = rows[0];
      const last = rows.at(-1);
      if (!first || !last) return;
      yield {
        lines: rows.map((r) => r[6]),
        events: {
          ...(format === 'csv' ? { local } : {}),
          after: cursor[0],
          afterId: cursor[1],
          last: last[1],
          lastId: last[0],
          kiosk: first[2],
          kioskCell: first[3],
          day: first[4],
          dayText: first[5],
        },
        lastStartedAt: last[1],
      };
      if (rows.length < VISIT_PAGE) return;
      cursor = [last[1], last[0]];
    }
  }

  const eventLines = (format: ExportFormat, page: EventPage) => {
    const { after, afterId, last, lastId } = page;
    const { local, ...rest } = page;
    const params = format === 'csv' ? { ...rest, ...(local ?? UTC_IDS) } : { after, afterId, last, lastId };
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
