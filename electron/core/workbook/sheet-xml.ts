/**
 * The SpreadsheetML (ECMA-376, transitional) text of a streamed worksheet:
 * its head (column widths, frozen header row), its rows, its tail. Cells carry
 * no `r` reference (optional in the schema): every cell of a row is written,
 * an empty one as `<c/>`, so the position is the order. Strings are inline
 * (`t="inlineStr"`): a shared-string table would have to be held in memory
 * until the end of the workbook.
 */

/** How a column's cells are written and shown. */
export type CellType = 'text' | 'number' | 'datetime' | 'date' | 'time';

/** A column: its header text, cell type and width in characters. */
export type Column = Readonly<{ header: string; type: CellType; width: number }>;

/**
 * One cell's value. Text for `text` columns; a number for `number`; for date
 * and time columns the instant as milliseconds of the wall-clock time read as
 * UTC (`utcMs + offsetMs`), so the cell shows the kiosk's local time whatever
 * the reading machine's zone. null (or undefined) leaves the cell empty.
 */
export type Cell = string | number | null | undefined | TypedCell;

/** A cell typed on its own, unlike its column (a date among a summary's numbers). */
export type TypedCell = Readonly<{ type: CellType; value: string | number }>;

/** Style ids (cellXfs order in STYLES_XML). */
const STYLE: Record<CellType, number> = { text: 0, number: 0, datetime: 1, date: 2, time: 3 };
const HEADER_STYLE = 4;

/** Days from Excel's epoch (1899-12-30, the 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;

/** The Excel serial number of a wall-clock instant (see Cell). */
export const excelSerial = (wallMs: number): number => wallMs / DAY_MS + EXCEL_EPOCH_DAYS;

// XML 1.0 forbids these characters outright: dropped rather than failing the file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data or attribute value. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Excel refuses a cell of more than 32,767 characters. */
const MAX_CELL_CHARS = 32_767;

const textCell = (s: string, style = 0): string => {
  const t = xmlText(s.length > MAX_CELL_CHARS ? s.slice(0, MAX_CELL_CHARS) : s);
  // Leading or trailing spaces survive only with xml:space.
  const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : '';
  return `<c${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${t}</t></is></c>`;
};

/** One cell's XML; rows made elsewhere (db/workbook-repo.ts) take their odd text cells from here. */
export const cellXml = (type: CellType, value: Cell): string => {
  if (typeof value === 'object' && value !== null) return cellXml(value.type, value.value);
  if (value === null || value === undefined || value === '') return '<c/>';
  if (type === 'text' || typeof value === 'string') return textCell(String(value));
  if (!Number.isFinite(value)) return '<c/>';
  const v = type === 'number' ? value : excelSerial(value);
  const style = STYLE[type];
  return style ? `<c s="${style}"><v>${v}</v></c>` : `<c><v>${v}</v></c>`;
};

/** The closing tag every row ends with (SheetSource rows given as XML are split after one). */
export const ROW_END = '</row>';

/** One row of cells in column order. */
export const rowXml = (columns: readonly Column[], cells: readonly Cell[]): string => {
  let xml = '<row>';
  for (let i = 0; i < columns.length; i++) xml += cellXml(columns[i]!.type, cells[i]);
  return xml + ROW_END;
};

/** The worksheet up to its first data row: widths, the frozen header row, the header. */
export const sheetHead = (columns: readonly Column[]): string => {
  const cols = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');
  const header = columns.map((c) => textCell(c.header, HEADER_STYLE)).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row>${header}</row>`
  );
};

export const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * Number formats of the date and time columns (ISO order, readable in both
 * languages), and a bold header. Ids 164+ are the first free custom ones.
 */
export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>' +
  '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/><numFmt numFmtId="166" formatCode="hh:mm:ss"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
