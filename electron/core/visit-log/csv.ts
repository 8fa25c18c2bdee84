/**
 * CSV conventions of the export. The cells themselves are encoded in SQL
 * (db/export-sql.ts) for speed; these are the shared constants, the encoder
 * for the few cells made in JS (headers, chapter titles, the daily summary)
 * and the reader's side of the formula neutralisation.
 */

/** UTF-8 byte order mark: without it Excel reads the file as ANSI and garbles Chinese. */
export const BOM = '\uFEFF';

/** RFC 4180 line ending. */
export const EOL = '\r\n';

/**
 * One free-text CSV cell, by the same rules as `csvTextSql`: a leading `'`
 * when it starts with = + - @ tab CR or `'`, then RFC 4180 quoting when it
 * holds a quote, comma, CR or LF.
 */
export const csvCell = (text: string): string => {
  const neutral = /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
};

/** One CSV line of cells (numbers as they are, text encoded), with its line ending. */
export const csvLine = (cells: ReadonlyArray<string | number>): string =>
  cells.map((c) => (typeof c === 'number' ? String(c) : csvCell(c))).join(',') + EOL;

/**
 * Undoes the export's formula neutralisation (for readers and tests): a text
 * cell starting with = + - @ tab CR or `'` was given one leading `'`.
 */
export const unneutralise = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);
