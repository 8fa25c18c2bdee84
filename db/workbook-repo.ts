import type Database from 'better-sqlite3';
import type { StatsWindow } from './stats-repo';

type Window = Pick<StatsWindow, 'fromMs' | 'toMs'>;

/**
 * A visit as the workbook shows it: plain values, times as UTC epoch ms.
 * Seconds are rounded like the CSV's (`(ms + 500) / 1000`); null while the
 * visit is open (or its chapter was never entered).
 */
export type WorkbookVisit = readonly [
  id: string,
  kioskId: string,
  startedAt: number,
  endedAt: number | null,
  endReason: string | null,
  language: string,
  packId: string,
  packVersion: string,
  engagedS: number | null,
  idleTailS: number | null,
  hubOnly: 0 | 1,
  ...dwellS: Array<number | null>,
];

/**
 * How the Events sheet's rows are written (electron/core/workbook/sheet-xml.ts
 * defines the XML; the visit log's xlsx-sheets.ts the columns): the kiosk's UTC
 * offset, the chapter-title cells already as XML, and the writer's own text
 * cell, for the rare text SQLite cannot pass through as it is.
 */
export type EventRowsXml = Readonly<{
  offMs: number;
  /** Cells of the five chapters' titles, in CHAPTERS order. */
  titleCells: readonly [string, string, string, string, string];
  textCell(text: string): string;
}>;

/** A page of the Events sheet: its rows' XML (UTF-8), how many, and the time of its last event. */
export type EventRowsPage = Readonly<{ xml: Buffer; rows: number; lastAt: number }>;

export type WorkbookRepo = Readonly<{
  /** Visits started in the window, by start time then id (the CSV's order). */
  visits(w: Window): Generator<WorkbookVisit>;
  /** Their events as Events-sheet rows made by SQLite, a page of visits at a time, by visit start, visit id, seq, event id (the CSV's order). */
  eventRows(w: Window, o: EventRowsXml): Generator<EventRowsPage>;
}>;

/** Visits per query: keyset pages, so no statement stays open between rows. */
const PAGE = 64;
/**
 * Visits per page of Events-sheet rows (≈ 640 events, ≈ 300 KB of XML): the
 * page is built whole in SQLite, copied into a Buffer and deflated, so its
 * size is memory in flight several times over. 64 visits measured 104 MB peak
 * at 200k events, 16 measured 83 MB (4 no smaller, slower).
 */
const EVENT_PAGE = 16;
const CHAPTERS = ['hard-core', 'vitality', 'momentum', 'quality', 'radiation'] as const;
const seconds = (ms: string) => `CASE WHEN v.last_interaction_at IS NULL THEN NULL ELSE (${ms} + 500) / 1000 END`;
const dwell = (chapter: string) =>
  `(SELECT (SUM(coalesce(d.engaged_ms, d.dwell_ms)) + 500) / 1000 FROM chapter_dwells d WHERE d.visit_id = v.id AND d.chapter = '${chapter}')`;
const PAGE_WHERE = 'v.started_at < @to AND (v.started_at, v.id) > (@after, @afterId) ORDER BY v.started_at, v.id';

// The Events sheet's rows, made by SQLite like the CSV's lines (export-repo.ts):
// one format() per row, group_concat per page, one BLOB per page, so a
// million events never become JavaScript strings (per-cell strings took the
// export past its 100 MB memory goal). The cells are sheet-xml.ts's: a
// datetime cell (style 1) holds the Excel serial of the local wall-clock time
// (17 significant digits: the same double the writer's own cells hold);
// NULL or empty text is `<c/>`. Ids, types and chapter ids were validated to
// closed alphabets on the way in; free text (payload, kiosk id) passes as it
// is when nothing in it needs escaping, else through the writer's textCell.
const FREE_TEXT_OK = `'*[&<>"' || char(${[...Array.from({ length: 31 }, (_, i) => i + 1), 0xfffe, 0xffff].join(', ')}) || ']*'`;
const textCellSql = (col: string) =>
  `CASE WHEN ${col} IS NULL OR ${col} = '' THEN '<c/>'
     WHEN ${col} NOT GLOB ${FREE_TEXT_OK} AND length(${col}) <= 32767 AND unicode(${col}) BETWEEN 33 AND 126
       AND unicode(substr(${col}, -1)) BETWEEN 33 AND 126 THEN '<c t="inlineStr"><is><t>' || ${col} || '</t></is></c>'
     ELSE xlsx_text_cell(${col}) END`;
const idCell = (col: string) => `'<c t="inlineStr"><is><t>' || ${col} || '</t></is></c>'`;
const EVENT_ROW_XML = `format('<row><c s="1"><v>%s</v></c>%s<c><v>%d</v></c>%s%s%s%s%s%s</row>',
  (e.at + @offMs) / 86400000.0 + 25569, ${idCell('v.id')}, e.seq, ${idCell('e.type')},
  CASE e.chapter WHEN 'hard-core' THEN @t0 WHEN 'vitality' THEN @t1 WHEN 'momentum' THEN @t2 WHEN 'quality' THEN @t3
    WHEN 'radiation' THEN @t4 ELSE ${textCellSql('e.chapter')} END,
  ${textCellSql('e.chapter')}, ${textCellSql('e.payload')}, ${idCell('e.id')}, ${textCellSql('v.kiosk_id')})`;

/**
 * Reads the workbook's rows, a page at a time. Use it inside the export's
 * read transaction: every page then comes from one snapshot.
 */
export const createWorkbookRepo = (db: Database.Database): WorkbookRepo => {
  const visitPage = db
    .prepare(
      `SELECT v.id, v.kiosk_id, v.started_at, v.ended_at, v.end_reason, v.language, v.pack_id, v.pack_version,
         ${seconds('v.last_interaction_at - v.started_at')}, ${seconds('v.ended_at - v.last_interaction_at')},
         v.ended_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visit_chapters c WHERE c.visit_id = v.id AND c.opened = 1),
         ${CHAPTERS.map(dwell).join(', ')}
       FROM visits v WHERE ${PAGE_WHERE} LIMIT ${PAGE}`,
    )
    .raw();
  const keyPage = db.prepare(`SELECT v.started_at, v.id FROM visits v WHERE ${PAGE_WHERE} LIMIT ${EVENT_PAGE}`).raw();
  function* visits(w: Window): Generator<WorkbookVisit> {
    let after: [number, string] = [w.fromMs, ''];
    for (;;) {
      const rows = visitPage.all({ after: after[0], afterId: after[1], to: w.toMs }) as unknown as WorkbookVisit[];
      yield* rows;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      after = [last[2], last[0]];
    }
  }

  // The escaping of odd text stays in one place (sheet-xml.ts): SQLite calls back for it.
  let oddText: (text: string) => string = (text) => text;
  db.function('xlsx_text_cell', { deterministic: true }, (text: unknown) => oddText(String(text)));
  const eventRowsPage = db
    .prepare(
      `SELECT CAST(group_concat(x, '') AS BLOB), count(*), max(at) FROM (
         SELECT ${EVENT_ROW_XML} AS x, e.at AS at FROM visits v JOIN visit_events e ON e.visit_id = v.id
         WHERE (v.started_at, v.id) > (@after, @afterId) AND (v.started_at, v.id) <= (@last, @lastId)
         ORDER BY v.started_at, v.id, e.seq, e.id)`,
    )
    .raw();

  /** Keys of the visits' pages: each page's first (exclusive) and last key. */
  function* visitKeyPages(w: Window): Generator<{ after: number; afterId: string; last: number; lastId: string }> {
    let after: [number, string] = [w.fromMs, ''];
    for (;;) {
      const keys = keyPage.all({ after: after[0], afterId: after[1], to: w.toMs }) as Array<[number, string]>;
      const last = keys.at(-1);
      if (!last) return;
      yield { after: after[0], afterId: after[1], last: last[0], lastId: last[1] };
      if (keys.length < EVENT_PAGE) return;
      after = last;
    }
  }

  function* eventRows(w: Window, o: EventRowsXml): Generator<EventRowsPage> {
    oddText = o.textCell;
    const [t0, t1, t2, t3, t4] = o.titleCells;
    for (const keys of visitKeyPages(w)) {
      const [xml, rows, lastAt] = eventRowsPage.get({ ...keys, offMs: o.offMs, t0, t1, t2, t3, t4 }) as [Buffer | null, number, number];
      if (xml) yield { xml, rows, lastAt };
    }
  }

  return { visits, eventRows };
};
