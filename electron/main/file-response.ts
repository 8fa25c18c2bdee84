import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parseByteRange } from '../shared/byte-range';
import { RENDERER_CSP } from '../shared/csp';
import { mimeType } from '../shared/mime';

/** Headers every app:// response carries: the same policy the web host sends. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};

/** Hashed build assets and versioned pack media never change under the same URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A short plain-text answer (errors). */
export const textResponse = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/**
 * Answers with a file, honouring a single byte range (audio and video seeking):
 * 206 with Content-Range, 416 when the range lies outside the file. Streams the
 * bytes rather than reading them whole: narration files are megabytes each.
 */
export const fileResponse = async (request: Request, file: string, cache: string): Promise<Response> => {
  const { size } = await fs.promises.stat(file);
  const range = parseByteRange(request.headers.get('range') ?? undefined, size);
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(file),
    'Accept-Ranges': 'bytes',
    'Cache-Control': cache,
  };
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1);
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const status = range ? 206 : 200;
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
};

/** Decodes a URL path into safe segments, or null for traversal, encoded slashes, drive letters or NUL. */
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
