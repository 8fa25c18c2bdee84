/** A JSON syntax error with the 1-based line and column it was found at. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = 'JsonSyntaxError';
  }
}

/** 1-based line and column of a character offset in `text`. */
export const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
};

/**
 * Parses JSON as an editor saved it: a UTF-8 byte-order mark (Windows Notepad)
 * is dropped, and a syntax error names its line and column instead of V8's
 * character offset, so staff can find it in the file.
 */
export const parseJsonText = (raw: string): unknown => {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) throw new JsonSyntaxError(Number(lc[1]), Number(lc[2]), message.replace(/\s*\(line \d+ column \d+\)/, ''));
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    throw new JsonSyntaxError(line, column, message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, ''));
  }
};
