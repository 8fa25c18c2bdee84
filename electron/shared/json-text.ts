/**
 * JSON.parse with an error staff can act on: line and column instead of V8's
 * "at position 2303" (which some V8 messages do not even give).
 */
export type JsonText = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Offset of the first character where `text` stops being JSON (RFC 8259), found by
 * a small recursive-descent scan; run only after JSON.parse has failed.
 */
export const jsonErrorOffset = (text: string): number => {
  let i = 0;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const space = () => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  };
  const expect = (char: string) => (text[i] === char ? i++ : fail());
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      const char = text[i] ?? '';
      if (char === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail();
        i = ESCAPE.lastIndex;
      } else if (char < ' ') fail();
      else i++;
    }
    expect('"');
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{')
      return list('}', () => {
        space();
        string();
        space();
        expect(':');
        value();
      });
    if (char === '[') return list(']', value);
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (error) {
    // A RangeError without our offset is a stack overflow on absurd nesting: point at the end.
    const at = Number((error as RangeError).message);
    return Number.isInteger(at) ? at : text.length;
  }
};

/** Parses JSON text (a leading byte-order mark, as Windows editors write, is allowed). */
export const parseJsonText = (text: string): JsonText => {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const found = jsonErrorOffset(body);
    const offset = found < 0 ? body.length : found;
    const before = body.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before[before.length - 1] ?? '').length + 1;
    // V8's own words without its position ("…in JSON at position 2303") or its echo of the text.
    const message = (error as Error).message
      .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
      .replace(/,\s*".*" is not valid JSON$/s, '');
    return { ok: false, line, column, message };
  }
};

/** "line 87, column 5: Expected ',' or '}' after property value". */
export const describeJsonError = (error: { line: number; column: number; message: string }): string =>
  `line ${error.line}, column ${error.column}: ${error.message}`;

/** A JSON syntax error with the 1-based line and column it was found at (settings files). */
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

/** `parseJsonText` for callers that throw: the value, or a JsonSyntaxError naming line and column. */
export const parseJsonOrThrow = (text: string): unknown => {
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  throw new JsonSyntaxError(parsed.line, parsed.column, parsed.message);
};
