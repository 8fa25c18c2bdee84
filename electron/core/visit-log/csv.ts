/**
 * CSV conventions of the export. The cells themselves are encoded in SQL
 * (db/export-sql.ts) for speed; these are the shared constants and the
 * reader's side of the formula neutralisation.
 */

/** UTF-8 byte order mark: without it Excel reads the file as ANSI and garbles Chinese. */
export const BOM = '\uFEFF';

/** RFC 4180 line ending. */
export const EOL = '\r\n';

/**
 * Undoes the export's formula neutralisation (for readers and tests): a text
 * cell starting with = + - @ tab CR or `'` was given one leading `'`.
 */
export const unneutralise = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);
