import type { DailyRow, EventRowsPage, EventRowsXml, WorkbookVisit } from '../../../db';
import { cellXml, type Cell, type Column, type SheetSource } from '../workbook/workbook-writer';
import { dailyCells } from './export-daily';
import { offsetText, titleList, type ChapterTitles } from './export-format';
import { WORKBOOK_WORDS, type WorkbookLanguage } from './export-xlsx-strings';

const DAY_MS = 86_400_000;

/**
 * What the visit workbook is made of: plain rows, whatever read them (the
 * kiosk's SQLite: export-xlsx.ts; a fleet database could give the same tuples).
 */
export type VisitSheetsSource = Readonly<{
  kioskId: string;
  utcOffsetMinutes: number;
  /** Local day number (days since 1970-01-01) of the range's first date. */
  firstDay: number;
  /** Every date of the range with its totals (undefined: no visits that day). */
  days: ReadonlyArray<Readonly<{ date: string; row: DailyRow | undefined }>>;
  visits: Iterable<WorkbookVisit>;
  /** The Events sheet's rows as XML, a page at a time, written by the given rules (db/workbook-repo.ts). */
  eventRows(o: EventRowsXml): Iterable<EventRowsPage>;
  titles: ChapterTitles;
  language: WorkbookLanguage;
  /** Called after each visit and event row is made, with rows made so far (progress, cancelling by throwing). */
  onRow?(rows: number, eventAt: number | null): void;
}>;

export const col = (header: string, type: Column['type'], width: number): Column => ({ header, type, width });
type Words = (typeof WORKBOOK_WORDS)[WorkbookLanguage];
/** Characters a header needs: Chinese ones are twice as wide. */
const fit = (header: string, least: number) =>
  Math.max(
    least,
    [...header].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 2),
  );

/**
 * A sheet's columns, each declared once under a key, and the writer of a
 * row's cells by those keys: every source of rows (the kiosk's SQLite, the
 * fleet's PostgreSQL) names the value of each column instead of repeating
 * their order, so the header row and the cells cannot drift apart. One key
 * may stand for several columns (a dwell per chapter): its value is then asked
 * for by its place among them (`nth`).
 */
export type ColumnTable<K extends string> = Readonly<{
  columns: Column[];
  cells<R>(value: Readonly<Record<K, (row: R, nth: number) => Cell>>): (row: R) => Cell[];
}>;

export const columns = <K extends string>(table: ReadonlyArray<Column & Readonly<{ key: K }>>): ColumnTable<K> => {
  const nth = table.map((c, i) => table.slice(0, i).filter((d) => d.key === c.key).length);
  return {
    columns: table.map(({ header, type, width }) => col(header, type, width)),
    cells: (value) => (row) => table.map((c, i) => value[c.key](row, nth[i]!)),
  };
};

/** The per-visit chapter columns, which the fleet's merged workbook has no data for. */
type ChapterVisitKey = 'hubOnly' | 'dwell';
type VisitKey = Exclude<keyof Words['visits'], ChapterVisitKey>;

/**
 * The Visits sheet's columns. `chapterTitles` null: without the per-visit
 * chapter columns (hub-only, dwell per chapter).
 */
export function visitColumns(words: Words, chapterTitles: null): ColumnTable<VisitKey>;
export function visitColumns(words: Words, chapterTitles: readonly string[]): ColumnTable<VisitKey | ChapterVisitKey>;
export function visitColumns(words: Words, chapterTitles: readonly string[] | null) {
  const c = (key: keyof Words['visits'], type: Column['type'], width: number, header = words.visits[key]) => ({
    key,
    ...col(header, type, width),
  });
  const dwell = (t: string) => `${words.visits.dwell} ${t}`;
  return columns([
    c('id', 'text', 38),
    c('started', 'datetime', 20),
    c('ended', 'datetime', 20),
    c('date', 'date', 12),
    c('engaged', 'number', 12),
    c('idleTail', 'number', 12),
    ...(chapterTitles ? [c('hubOnly', 'text', 10)] : []),
    c('endReason', 'text', 12),
    c('language', 'text', 9),
    ...(chapterTitles ?? []).map((t) => c('dwell', 'number', fit(dwell(t), 12), dwell(t))),
    c('pack', 'text', 16),
    c('packVersion', 'text', 12),
    c('kiosk', 'text', 14),
  ]);
}

type EventKey = keyof Words['events'];

/** The Events sheet's columns; `withTitles` false: without the chapter-title column (no pack to take titles from). */
export function eventColumns(words: Words, withTitles: false): ColumnTable<Exclude<EventKey, 'chapter'>>;
export function eventColumns(words: Words, withTitles: true): ColumnTable<EventKey>;
export function eventColumns(words: Words, withTitles: boolean) {
  const c = (key: EventKey, type: Column['type'], width: number) => ({ key, ...col(words.events[key], type, width) });
  return columns([
    c('at', 'datetime', 20),
    c('visit', 'text', 38),
    c('seq', 'number', 7),
    c('type', 'text', 18),
    ...(withTitles ? [c('chapter', 'text', 16)] : []),
    c('chapterId', 'text', 12),
    c('payload', 'text', 40),
    c('id', 'text', 38),
    c('kiosk', 'text', 14),
  ]);
}

/**
 * The sheets of the visit workbook in zip order — Daily, Visits, Events,
 * Summary — with tabs Summary, Daily, Visits, Events: names and headers in
 * the export's language, dates and times as date cells in the kiosk's local
 * time, seconds and counts as numbers. Summary is read last, so it can count
 * the events written before it.
 */
export const visitSheets = (o: VisitSheetsSource): SheetSource[] => {
  const words = WORKBOOK_WORDS[o.language];
  const titles = titleList(o.titles);
  const off = o.utcOffsetMinutes * 60_000;
  const local = (ms: number | null) => (ms === null ? null : ms + off);
  const days = o.days;
  const count = { visits: 0, events: 0 };

  const daily: SheetSource = {
    name: words.sheets.daily,
    tab: 1,
    columns: [
      col(words.daily.date, 'date', 12),
      ...words.daily.columns.map((h) => col(h, 'number', fit(h, 10))),
      ...titles.map((t) => col(`${words.daily.entered} ${t}`, 'number', fit(`${words.daily.entered} ${t}`, 12))),
    ],
    rows: days.map((d, i): Cell[] => [(o.firstDay + i) * DAY_MS, ...dailyCells(d.date, d.row).slice(1)]),
  };

  const visitTable = visitColumns(words, titles);
  const visitCells = visitTable.cells<WorkbookVisit>({
    id: (v) => v[0],
    started: (v) => local(v[2]),
    ended: (v) => local(v[3]),
    date: (v) => Math.floor((v[2] + off) / DAY_MS) * DAY_MS,
    engaged: (v) => v[8],
    idleTail: (v) => v[9],
    hubOnly: (v) => (v[3] === null ? null : v[10] ? words.yes : words.no),
    endReason: (v) => (v[4] === null ? null : (words.endReasons[v[4]] ?? v[4])),
    language: (v) => v[5],
    dwell: (v, chapter) => v[11 + chapter],
    pack: (v) => v[6],
    packVersion: (v) => v[7],
    kiosk: (v) => v[1],
  });
  const visitRow = (v: WorkbookVisit): Cell[] => {
    count.visits++;
    o.onRow?.(count.visits, null);
    return visitCells(v);
  };
  const visits: SheetSource = {
    name: words.sheets.visits,
    tab: 2,
    columns: visitTable.columns,
    rows: mapRows(o.visits, visitRow),
  };

  // Cells: local time, visit id, seq, type, chapter title (its id when it has none), chapter id, payload, event id, kiosk.
  const eventPages = o.eventRows({
    offMs: off,
    titleCells: titles.map((t) => cellXml('text', t)) as [string, string, string, string, string],
    textCell: (text) => cellXml('text', text),
  });
  const events: SheetSource = {
    name: words.sheets.events,
    tab: 3,
    columns: eventColumns(words, true).columns,
    rows: (function* () {
      for (const page of eventPages) {
        count.events += page.rows;
        o.onRow?.(count.visits + count.events, page.lastAt);
        yield page;
      }
    })(),
  };

  const summary: SheetSource = {
    name: words.sheets.summary,
    tab: 0,
    columns: [col(words.summary.item, 'text', 28), col(words.summary.value, 'number', 20)],
    // A generator: read after the other sheets were written, when the counts are known.
    rows: (function* () {
      yield [words.summary.kiosk, o.kioskId];
      yield [words.summary.from, { type: 'date', value: o.firstDay * DAY_MS }];
      yield [words.summary.to, { type: 'date', value: (o.firstDay + days.length - 1) * DAY_MS }];
      yield [words.summary.offset, offsetText(o.utcOffsetMinutes)];
      const headers = daily.columns.slice(1).map((c) => c.header);
      const totals = totalCells(days.map((d) => d.row));
      for (const [i, header] of headers.entries()) yield [header, totals[i]];
      yield [words.summary.events, count.events];
    })(),
  };

  return [daily, visits, events, summary];
};

function* mapRows<T>(rows: Iterable<T>, map: (row: T) => Cell[]): Generator<Cell[]> {
  for (const row of rows) yield map(row);
}

/** The daily columns summed over the range; the average is recomputed from the totals, not averaged. */
const totalCells = (rows: ReadonlyArray<Parameters<typeof dailyCells>[1]>): number[] => {
  const sums = rows
    .map((r) => dailyCells('', r).slice(1) as number[])
    .reduce((a, b) => a.map((x, i) => x + b[i]!), dailyCells('', undefined).slice(1) as number[]);
  const engagedMs = rows.reduce((n, r) => n + (r?.engagedMs ?? 0), 0);
  const ended = rows.reduce((n, r) => n + (r?.ended ?? 0), 0);
  const idleMs = rows.reduce((n, r) => n + (r?.idleTailMs ?? 0), 0);
  sums[2] = Math.round(engagedMs / 1000);
  sums[3] = ended ? Math.round(engagedMs / ended / 1000) : 0;
  sums[4] = Math.round(idleMs / 1000);
  return sums;
};
