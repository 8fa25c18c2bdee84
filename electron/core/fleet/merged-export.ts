import { Readable } from 'node:stream';
import type pg from 'pg';
import yazl from 'yazl';
import { EVENT_COLUMNS, VISIT_COLUMNS } from '../../../db';
import type { FleetKiosk } from '../../shared/contract/fleet';
import { BOM, csvLine } from '../visit-log/csv';
import { mergedWorkbook } from './merged-workbook';
import {
  eventPages,
  inSnapshot,
  mergedScope,
  visitPages,
  type FleetEventRow,
  type MergedRequest,
  type MergedScope,
} from './merged-rows';
import { pushedChunks, type ChunkWrite } from './pushed-chunks';
import { visitExportCells } from './visit-row';

const KIOSK_COLUMNS = ['kiosk_id', 'venue', 'last_seen_at', 'backlog'] as const;
const CONTENT_TYPE = { csv: 'application/zip', jsonl: 'application/zip', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

const iso = (ms: number) => new Date(ms).toISOString();
// The kiosk export's event columns (db/export-repo.ts EVENT_COLUMNS / EVENT_JSONL); jsonb gives the payload parsed.
const eventCells = (e: FleetEventRow): unknown[] => [
  e.id,
  e.visit_id,
  e.kiosk_id,
  e.seq,
  iso(e.at),
  e.type,
  e.chapter,
  e.payload,
];
// Venue, last contact and reported backlog; never the kiosk's role or anything of its credentials.
const kioskCells = (k: FleetKiosk): unknown[] => [k.kioskId, k.venue, k.lastSeenAt, k.backlog];
const jsonLine = (columns: readonly string[], cells: readonly unknown[]) =>
  `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, cells[i]])))}\n`;
// CSV: empty for null, JSON text for the payload (as the kiosk's CSV holds it).
const csvCells = (cells: readonly unknown[]) =>
  cells.map((c) => (c === null ? '' : typeof c === 'string' || typeof c === 'number' ? c : JSON.stringify(c)));

/** A table of the text bundle: its columns and its rows' cells, page by page. */
type Table = Readonly<{
  name: string;
  columns: readonly string[];
  /** Rows as cells in column order; in JSON Lines the payload stays nested JSON, not text. */
  pages: () => AsyncIterable<ReadonlyArray<readonly unknown[]>>;
}>;

async function* mapPages<T>(pages: AsyncIterable<T[]>, cells: (row: T) => unknown[]) {
  for await (const page of pages) yield page.map(cells);
}

const tables = (client: pg.ClientBase, scope: MergedScope): Table[] => [
  { name: 'visits', columns: VISIT_COLUMNS, pages: () => mapPages(visitPages(client, scope), visitExportCells) },
  { name: 'events', columns: EVENT_COLUMNS, pages: () => mapPages(eventPages(client, scope), eventCells) },
  {
    name: 'kiosks',
    columns: KIOSK_COLUMNS,
    pages: async function* () {
      yield scope.kiosks.map(kioskCells);
    },
  },
];

/** One table as text: CSV (BOM, RFC 4180, the kiosk export's formula-safe cell encoder) or JSON Lines. */
async function* tableText(table: Table, format: 'csv' | 'jsonl'): AsyncGenerator<Buffer> {
  if (format === 'csv') yield Buffer.from(BOM + csvLine([...table.columns]), 'utf8');
  for await (const page of table.pages()) {
    const text = page.map((cells) => (format === 'csv' ? csvLine(csvCells(cells)) : jsonLine(table.columns, cells)));
    yield Buffer.from(text.join(''), 'utf8');
  }
}

/**
 * The text formats as one zip: visits, events and kiosks, each its own file
 * (as a kiosk export writes visits and events apart). Entries are read from
 * the database only when the zip reaches them; the zip's times are the end of
 * the range, so the same data gives the same bytes.
 */
const zipTables = (request: MergedRequest, scope: MergedScope, client: pg.ClientBase) => async (write: ChunkWrite) => {
  const format = request.format as 'csv' | 'jsonl';
  const zip = new yazl.ZipFile();
  const out = zip.outputStream as Readable;
  const entry = { mtime: new Date(scope.toMs), forceDosTimestamp: true, compressionLevel: 1 };
  const pump = (async () => {
    for await (const chunk of out) await write(chunk as Buffer);
  })();
  let current: Readable | null = null;
  const feed = async () => {
    for (const table of tables(client, scope)) {
      const stream = Readable.from(tableText(table, format));
      current = stream;
      const ended = new Promise<void>((resolve, reject) => {
        stream.once('end', resolve);
        stream.once('error', reject);
      });
      zip.addReadStreamLazy(`${baseName(request)}_${table.name}.${format}`, entry, (cb) => cb(null, stream));
      await ended;
    }
    zip.end();
  };
  try {
    await Promise.all([feed(), pump]);
  } catch (error) {
    (current as Readable | null)?.destroy();
    out.destroy();
    await pump.catch(() => undefined);
    throw error;
  }
};

const baseName = (request: MergedRequest) => `fleet_${request.from}_${request.to}`;

/** File name of a merged export: what it covers, in the kiosk export's naming style. */
export const mergedExportName = (request: MergedRequest): string =>
  request.format === 'xlsx' ? `${baseName(request)}.xlsx` : `${baseName(request)}_${request.format}.zip`;

/** Media type of a merged export's download. */
export const mergedExportType = (request: MergedRequest): string => CONTENT_TYPE[request.format];

/**
 * The merged visits, events and kiosks of a range (the fleet's local dates),
 * filtered by kiosk or venue like the dashboard: CSV or JSON Lines files in a
 * zip, or one workbook (merged-workbook.ts). All read in one snapshot on
 * `client` and streamed a page at a time, so a month of a whole fleet is never
 * held in memory.
 */
export const mergedExport = (client: pg.ClientBase, request: MergedRequest): AsyncGenerator<Buffer> =>
  inSnapshot(client, async function* () {
    const scope = await mergedScope(client, request);
    yield* pushedChunks(
      request.format === 'xlsx'
        ? (write) => mergedWorkbook(client, scope, request, write)
        : zipTables(request, scope, client),
    );
  });
