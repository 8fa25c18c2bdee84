/**
 * Streams an .xlsx workbook from plain row iterators: no database here, so
 * any source (the kiosk's SQLite, the fleet's PostgreSQL) can feed it. Rows
 * are turned into sheet XML a chunk at a time and deflated into the zip
 * (yazl) as they come, so memory does not grow with the number of rows.
 *
 * The same rows give the same bytes: every zip entry carries one fixed time
 * (DOS time only, no extended timestamp that would depend on the machine's
 * zone) and the document dates are that same instant, chosen by the caller.
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import {
  APP_XML,
  contentTypesXml,
  coreXml,
  ROOT_RELS_XML,
  sheetPath,
  workbookRelsXml,
  workbookXml,
} from './package-xml';
import { ROW_END, rowXml, SHEET_TAIL, sheetHead, STYLES_XML, type Cell, type Column } from './sheet-xml';

export type { Cell, CellType, Column, TypedCell } from './sheet-xml';
export { cellXml } from './sheet-xml';

/**
 * Rows already written as sheet XML, UTF-8: `rows` whole `<row>…</row>`
 * elements (sheet-xml.ts), one after another. A big sheet's rows made by the
 * database in blocks never become JavaScript strings: per-cell strings grew
 * V8's young generation and took the export past its memory goal.
 */
export type RowsXml = Readonly<{ xml: Buffer; rows: number }>;

/** A sheet row as cells, or a block of rows as XML. */
export type Row = readonly Cell[] | RowsXml;
type Rows = Iterable<Row> | AsyncIterable<Row>;

export type SheetSource = Readonly<{
  /** Tab name: at most 31 characters, none of []:*?/\ (a continuation adds " (2)"…). */
  name: string;
  columns: readonly Column[];
  /** Read once, lazily, when the sheet's turn in the zip comes. */
  rows: Rows;
  /**
   * Place among the tabs (default: its place in the list). The zip holds the
   * sheets in list order, so a sheet listed last can sum up the others (its
   * rows are read after theirs) and still be the first tab.
   */
  tab?: number;
}>;

export type WorkbookOptions = Readonly<{
  sheets: readonly SheetSource[];
  title: string;
  /** The file's one instant (zip entry times, document dates): derived from the data, never "now". */
  at: Readonly<{ utcMs: number; offsetMinutes: number }>;
  /** Data rows per sheet before a continuation sheet starts; Excel's limit by default. */
  maxRowsPerSheet?: number;
  /** zlib level; 1 (fastest) by default: repetitive XML still shrinks ≈ 10×. */
  compressionLevel?: number;
}>;

/** A written sheet: its tab name and data rows (header not counted). */
export type WrittenSheet = Readonly<{ name: string; rows: number }>;

/** 1,048,576 rows of a sheet, less its header. */
export const EXCEL_MAX_DATA_ROWS = 1_048_575;
/** Sheet XML characters gathered before one Buffer goes to the deflater. */
const CHUNK_CHARS = 64 * 1024;

const isXml = (row: Row): row is RowsXml => !Array.isArray(row);
const ROW_END_BYTES = Buffer.from(ROW_END, 'utf8');

/** A block's first `n` rows and the rest (n below its count): split after its n-th `</row>`. */
const splitRows = (block: RowsXml, n: number): [RowsXml, RowsXml] => {
  let at = 0;
  for (let i = 0; i < n; i++) at = block.xml.indexOf(ROW_END_BYTES, at) + ROW_END_BYTES.length;
  return [
    { xml: block.xml.subarray(0, at), rows: n },
    { xml: block.xml.subarray(at), rows: block.rows - n },
  ];
};

/** An iterator that can tell whether another row follows without losing it, and take back part of one. */
const peekable = (rows: Rows) => {
  const it: Iterator<Row> | AsyncIterator<Row> =
    Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  let held: IteratorResult<Row> | null = null;
  const next = (): IteratorResult<Row> | Promise<IteratorResult<Row>> => {
    if (!held) return it.next();
    const h = held;
    held = null;
    return h;
  };
  return {
    next,
    /** The rows of a block that did not fit a sheet: the next sheet part starts with them. */
    putBack(rest: RowsXml) {
      held = { done: false, value: rest };
    },
    async more(): Promise<boolean> {
      held = await next();
      return !held.done;
    },
  };
};

/** The XML of one sheet part, in chunks; `done` settles once it was all produced (or failed). */
const sheetPart = (columns: readonly Column[], rows: ReturnType<typeof peekable>, max: number) => {
  let settle!: { resolve(rows: number): void; reject(error: unknown): void };
  const done = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  async function* chunks() {
    try {
      let xml = sheetHead(columns);
      let written = 0;
      while (written < max) {
        const pending = rows.next();
        const next = pending instanceof Promise ? await pending : pending;
        if (next.done) break;
        if (isXml(next.value)) {
          let block = next.value;
          if (written + block.rows > max) {
            const [head, rest] = splitRows(block, max - written);
            rows.putBack(rest);
            block = head;
          }
          written += block.rows;
          if (xml) yield Buffer.from(xml, 'utf8');
          xml = '';
          if (block.xml.length > 0) yield block.xml;
          continue;
        }
        written++;
        xml += rowXml(columns, next.value);
        if (xml.length < CHUNK_CHARS) continue;
        yield Buffer.from(xml, 'utf8');
        xml = '';
      }
      yield Buffer.from(xml + SHEET_TAIL, 'utf8');
      settle.resolve(written);
    } catch (error) {
      settle.reject(error);
      throw error;
    }
  }
  const stream = Readable.from(chunks(), { objectMode: false });
  // The failure is reported through `done`; unheard, the stream's error event would end the process.
  stream.on('error', () => undefined);
  return { stream, done };
};

/** The zip's entry time: the kiosk's wall clock at `at`, as DOS time reads a Date's local fields. */
const dosTime = (at: WorkbookOptions['at']): Date => {
  const wall = new Date(at.utcMs + at.offsetMinutes * 60_000);
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
};

/**
 * Writes the workbook through `write` (called with each zip chunk in order;
 * the next waits while it returns a pending promise). Returns the sheets in
 * zip order with their row counts. A row iterator that throws stops it.
 */
export const writeWorkbook = async (
  o: WorkbookOptions,
  write: (chunk: Buffer) => Promise<void> | void,
): Promise<WrittenSheet[]> => {
  const zip = new yazl.ZipFile();
  const entry = { mtime: dosTime(o.at), forceDosTimestamp: true, compressionLevel: o.compressionLevel ?? 1 };
  const addXml = (name: string, xml: string) => zip.addBuffer(Buffer.from(xml, 'utf8'), name, entry);
  const max = o.maxRowsPerSheet ?? EXCEL_MAX_DATA_ROWS;

  const pump = (async () => {
    for await (const chunk of zip.outputStream as Readable) {
      const pending = write(chunk);
      if (pending) await pending;
    }
  })();

  const produce = async () => {
    const written: Array<WrittenSheet & { tab: number; part: number }> = [];
    for (const [index, sheet] of o.sheets.entries()) {
      const rows = peekable(sheet.rows);
      let part = 1;
      for (;;) {
        const { stream, done } = sheetPart(sheet.columns, rows, max);
        zip.addReadStreamLazy(sheetPath(written.length + 1), entry, (cb) => cb(null, stream));
        const count = await done;
        written.push({
          name: part === 1 ? sheet.name : `${sheet.name} (${part})`,
          rows: count,
          tab: sheet.tab ?? index,
          part,
        });
        if (!(await rows.more())) break;
        part++;
      }
    }
    const tabs = written.map((w, i) => ({ ...w, zipPart: i + 1 })).sort((a, b) => a.tab - b.tab || a.part - b.part);
    addXml('xl/workbook.xml', workbookXml(tabs.map((t) => ({ name: t.name, part: t.zipPart }))));
    addXml('xl/_rels/workbook.xml.rels', workbookRelsXml(written.length));
    addXml('xl/styles.xml', STYLES_XML);
    addXml('docProps/core.xml', coreXml(o.title, `${new Date(o.at.utcMs).toISOString().slice(0, 19)}Z`));
    addXml('docProps/app.xml', APP_XML);
    addXml('_rels/.rels', ROOT_RELS_XML);
    addXml('[Content_Types].xml', contentTypesXml(written.length));
    zip.end();
    return written.map(({ name, rows }) => ({ name, rows }));
  };

  try {
    const [sheets] = await Promise.all([produce(), pump]);
    return sheets;
  } catch (error) {
    // A failed row source or write: stop the zip so neither side waits forever.
    (zip.outputStream as Readable).destroy();
    await pump.catch(() => undefined);
    throw error;
  }
};
