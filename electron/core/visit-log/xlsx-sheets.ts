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
 * The Visits sheet's columns. `chapterTitles` null: without the per-visit
 * chapter columns (hub-only, dwell per chapter), which the fleet's merged
 * workbook has no data for.
 */
export const visitColumns = (words: Words, chapterTitles: readonly string[] | null): Column[] => [
  col(words.visits.id, 'text', 38),
  col(words.visits.started, 'datetime', 20),
  col(words.visits.ended, 'datetime', 20),
  col(words.visits.date, 'date', 12),
  col(words.visits.engaged, 'number', 12),
  col(words.visits.idleTail, 'number', 12),
  ...(chapterTitles ? [col(words.visits.hubOnly, 'text', 10)] : []),
  col(words.visits.endReason, 'text', 12),
  col(words.visits.language, 'text', 9),
  ...(chapterTitles ?? []).map((t) => col(`${words.visits.dwell} ${t}`, 'number', fit(`${words.visits.dwell} ${t}`, 12))),
  col(words.visits.pack, 'text', 16),
  col(words.visits.packVersion, 'text', 12),
  col(words.visits.kiosk, 'text', 14),
];

/** The Events sheet's columns; `withTitles` false: without the chapter-title column (no pack to take titles from). */
export const eventColumns = (words: Words, withTitles: boolean): Column[] => [
  col(words.events.at, 'datetime', 20),
  col(words.events.visit, 'text', 38),
  col(words.events.seq, 'number', 7),
  col(words.events.type, 'text', 18),
  ...(withTitles ? [col(words.events.chapter, 'text', 16)] : []),
  col(words.events.chapterId, 'text', 12),
  col(words.events.payload, 'text', 40),
  col(words.events.id, 'text', 38),
  col(words.events.kiosk, 'text', 14),
];

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

  const visitRow = (v: WorkbookVisit): Cell[] => {
    count.visits++;
    o.onRow?.(count.visits, null);
    return [
      v[0],
      local(v[2]),
      local(v[3]),
      Math.floor((v[2] + off) / DAY_MS) * DAY_MS,
      v[8],
      v[9],
      v[3] === null ? null : v[10] ? words.yes : words.no,
      v[4] === null ? null : (words.endReasons[v[4]] ?? v[4]),
      v[5],
      ...v.slice(11),
      v[6],
      v[7],
      v[1],
    ] as Cell[];
  };
  const visits: SheetSource = {
    name: words.sheets.visits,
    tab: 2,
    columns: visitColumns(words, titles),
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
    columns: eventColumns(words, true),
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
