import type pg from 'pg';
import type { FleetKiosk } from '../../shared/contract/fleet';
import { WORKBOOK_WORDS, type WorkbookLanguage } from '../visit-log/export-xlsx-strings';
import { col, eventColumns, visitColumns } from '../visit-log/xlsx-sheets';
import { writeWorkbook, type Cell, type SheetSource } from '../workbook/workbook-writer';
import { eventPages, visitPages, type FleetEventRow, type MergedRequest, type MergedScope } from './merged-rows';
import type { FleetVisitRow } from './visit-row';

const DAY_MS = 86_400_000;

/** The fleet workbook's own words: its title and the Kiosks sheet (the rest are the kiosk workbook's). */
const FLEET_WORDS: Readonly<
  Record<
    WorkbookLanguage,
    Readonly<{ title: string; kiosks: string; venue: string; lastSeen: string; backlog: string }>
  >
> = {
  en: {
    title: 'Changjiahui fleet visits',
    kiosks: 'Kiosks',
    venue: 'Venue',
    lastSeen: 'Last contact',
    backlog: 'Backlog (visits)',
  },
  'zh-CN': {
    title: '长嘉汇多终端访问记录',
    kiosks: '终端',
    venue: '场馆',
    lastSeen: '最后联系',
    backlog: '待同步（次）',
  },
};

const seconds = (ms: number) => Math.floor((ms + 500) / 1000);

async function* rowsOf<T>(pages: AsyncIterable<T[]>, cells: (row: T) => Cell[]): AsyncGenerator<Cell[]> {
  for await (const page of pages) for (const row of page) yield cells(row);
}

/**
 * The kiosk workbook's sheets where they apply to merged data — Visits and
 * Events, with the kiosk workbook's headers and its cell rules (date cells in
 * the fleet's local time, seconds as numbers, end reasons as words) — and a
 * Kiosks sheet: venue, last contact, reported backlog. What the fleet does not
 * keep per visit (chapter dwells, hub-only, the pack's chapter titles) is left out.
 */
export const mergedSheets = (client: pg.ClientBase, scope: MergedScope, language: WorkbookLanguage): SheetSource[] => {
  const words = WORKBOOK_WORDS[language];
  const fleet = FLEET_WORDS[language];
  const off = scope.offsetMinutes * 60_000;
  const visitTable = visitColumns(words, null);
  const visitCells = visitTable.cells<FleetVisitRow>({
    id: (v) => v.id,
    started: (v) => v.started_at + off,
    ended: (v) => v.ended_at + off,
    date: (v) => Math.floor((v.started_at + off) / DAY_MS) * DAY_MS,
    engaged: (v) => (v.last_interaction_at === null ? null : seconds(v.last_interaction_at - v.started_at)),
    idleTail: (v) => (v.last_interaction_at === null ? null : seconds(v.ended_at - v.last_interaction_at)),
    endReason: (v) => words.endReasons[v.end_reason] ?? v.end_reason,
    language: (v) => v.language,
    pack: (v) => v.pack_id,
    packVersion: (v) => v.pack_version,
    kiosk: (v) => v.kiosk_id,
  });
  const eventTable = eventColumns(words, false);
  const eventCells = eventTable.cells<FleetEventRow>({
    at: (e) => e.at + off,
    visit: (e) => e.visit_id,
    seq: (e) => e.seq,
    type: (e) => e.type,
    chapterId: (e) => e.chapter,
    payload: (e) => JSON.stringify(e.payload),
    id: (e) => e.id,
    kiosk: (e) => e.kiosk_id,
  });
  const kioskCells = (k: FleetKiosk): Cell[] => [
    k.kioskId,
    k.venue,
    k.lastSeenAt === null ? null : Date.parse(k.lastSeenAt) + off,
    k.backlog,
  ];
  return [
    {
      name: words.sheets.visits,
      columns: visitTable.columns,
      rows: rowsOf(visitPages(client, scope), visitCells),
    },
    {
      name: words.sheets.events,
      columns: eventTable.columns,
      rows: rowsOf(eventPages(client, scope), eventCells),
    },
    {
      name: fleet.kiosks,
      columns: [
        col(words.visits.kiosk, 'text', 16),
        col(fleet.venue, 'text', 20),
        col(fleet.lastSeen, 'datetime', 20),
        col(fleet.backlog, 'number', 14),
      ],
      rows: scope.kiosks.map(kioskCells),
    },
  ];
};

/** Writes the merged workbook through `write`; the file's instant is the end of the range (same data, same bytes). */
export const mergedWorkbook = async (
  client: pg.ClientBase,
  scope: MergedScope,
  request: MergedRequest,
  write: (chunk: Buffer) => Promise<void>,
): Promise<void> => {
  const language = request.language ?? 'zh-CN';
  await writeWorkbook(
    {
      sheets: mergedSheets(client, scope, language),
      title: `${FLEET_WORDS[language].title} ${request.from} – ${request.to}`,
      at: { utcMs: scope.toMs, offsetMinutes: scope.offsetMinutes },
    },
    write,
  );
};
