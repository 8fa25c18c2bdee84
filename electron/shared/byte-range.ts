/** A satisfiable byte range, inclusive at both ends. */
export type ByteRange = Readonly<{ start: number; end: number }>;

/**
 * Parses a single-range `Range: bytes=a-b` header against a file size.
 * Returns null when there is no usable header (serve the whole file),
 * 'unsatisfiable' when it asks for bytes outside the file (answer 416).
 * Multi-range requests are answered with the whole file, as RFC 9110 allows.
 */
export const parseByteRange = (header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null => {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
};
