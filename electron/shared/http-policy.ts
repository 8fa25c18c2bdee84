import { parseByteRange } from './byte-range';
import { RENDERER_CSP } from './csp';

/**
 * The HTTP policy of both shells, in one place: the headers every answer
 * carries, which paths may be served, how they are cached and how a file
 * answer (with byte ranges) is shaped. `electron/main/file-response.ts`
 * (app://) and `electron/web/send-file.ts` / `http-security.ts` (web host)
 * only adapt it to their response objects. Pure: no Node or Electron import.
 */

/** Headers every response carries, in both shells. */
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
/** Everything else of the renderer must revalidate (index.html names the current hashed assets). */
export const REVALIDATE = 'no-cache';

/** Headers of a short answer that is not a file (errors, JSON, events): never cached. */
export const uncachedHeaders = (contentType: string): Record<string, string> => ({
  ...SECURITY_HEADERS,
  'Content-Type': contentType,
  'Cache-Control': 'no-store',
});

/** Cache-Control of a renderer file: Vite puts content-hashed names under assets/. */
export const rendererCache = (relative: string): string =>
  relative.startsWith('assets/') && !relative.endsWith('.html') ? IMMUTABLE : REVALIDATE;

/** Decodes a URL path into safe segments, or null for traversal, encoded separators, drive letters, NUL or bad encoding. */
/** Decodes one percent-encoded URL part; null for broken encoding (the caller's fault: answer 400, never 500). */
export const decodePart = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
};

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

/** How to answer a file request: status, headers, and which bytes to send (none for HEAD, 416 or an empty file). */
export type FilePlan = Readonly<{ status: number; headers: Record<string, string>; bytes: { start: number; end: number } | null }>;

/**
 * Shapes a file answer honouring a single byte range (audio and video seeking):
 * 206 with Content-Range, 416 when the range lies outside the file.
 */
export const planFileResponse = (
  file: Readonly<{ size: number; contentType: string; cache: string }>,
  request: Readonly<{ range: string | undefined; head: boolean }>,
): FilePlan => {
  const { size } = file;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Accept-Ranges': 'bytes',
    'Cache-Control': file.cache,
  };
  const range = parseByteRange(request.range, size);
  if (range === 'unsatisfiable') return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` }, bytes: null };
  const { start, end } = range ?? { start: 0, end: size - 1 };
  headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1);
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  return { status: range ? 206 : 200, headers, bytes: request.head || size === 0 ? null : { start, end } };
};
