/** UTF-8 byte order mark: without it Excel reads the file as ANSI and garbles Chinese. */
export const BOM = '\uFEFF';

/** RFC 4180 line ending. */
export const EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * First characters that make a spreadsheet treat a cell as a formula (or that
 * hide one: tab, CR). Such cells get a leading `'`. A cell that itself starts
 * with `'` gets one too, so a reader can always strip exactly one `'` back.
 */
const isTrigger = (code: number): boolean =>
  code === 61 /* = */ || code === 43 /* + */ || code === 45 /* - */ || code === 64 /* @ */ || code === 9 || code === 13 || code === 39; /* ' */

/** One text cell: neutralised if it could be a formula, quoted per RFC 4180 if needed. */
export const textCell = (value: string | null): string => {
  if (value === null || value === '') return '';
  const safe = isTrigger(value.charCodeAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe;
};

/** A cell that is always quoted (JSON payloads always contain quotes and commas). */
export const quotedCell = (value: string): string => `"${value.replace(QUOTE, '""')}"`;

/** Undoes textCell's neutralisation (for readers and tests): strips one leading `'`. */
export const unneutralise = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** ISO-8601 UTC with milliseconds, or empty for null. */
export const isoCell = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString());
