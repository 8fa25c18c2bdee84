import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { parseByteRange } from '../shared/byte-range';
import { mimeType } from '../shared/mime';
import { SECURITY_HEADERS, sendText } from './http-security';

/**
 * Streams a file with its MIME type, honouring single byte ranges (audio seeking).
 * `cache` is a Cache-Control value: hashed build assets and versioned pack media are immutable.
 */
export const sendFile = async (
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  cache: string,
): Promise<void> => {
  const { size } = await fs.promises.stat(file);
  const range = parseByteRange(req.headers.range, size);
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(file),
    'Accept-Ranges': 'bytes',
    'Cache-Control': cache,
  };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
    res.end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Content-Length': size === 0 ? 0 : end - start + 1,
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  try {
    await pipeline(fs.createReadStream(file, { start, end }), res);
  } catch {
    // The client went away mid-stream (a visitor skipped the narration): nothing to do.
  }
};

/** Decodes a URL path into safe segments, or null for traversal, encoded slashes or NUL. */
export const safeSegments = (urlPath: string): string[] | null => {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue;
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (part === '.' || part === '..' || /[\\/\0]/.test(part) || /^[A-Za-z]:/.test(part)) return null;
    segments.push(part);
  }
  return segments;
};

export { sendText };
