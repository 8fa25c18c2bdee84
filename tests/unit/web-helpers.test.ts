import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../electron/shared/byte-range';
import { mimeType } from '../../electron/shared/mime';
import { allowedHosts, isTrustedRequest } from '../../electron/web/http-security';
import { planFileResponse, rendererCache, safeSegments, SECURITY_HEADERS } from '../../electron/shared/http-policy';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('parseByteRange', () => {
  it('reads closed, open and suffix ranges', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });
  it('flags ranges outside the file and ignores junk', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=50-10', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('items=0-1', 1000)).toBeNull();
    expect(parseByteRange(undefined, 1000)).toBeNull();
  });
});

describe('safeSegments', () => {
  it('refuses traversal, encoded separators and drive letters', () => {
    expect(safeSegments('/a/../b')).toBeNull();
    expect(safeSegments('/a/%2e%2e/b')).toBeNull();
    expect(safeSegments('/a%2f..%2fb')).toBeNull();
    expect(safeSegments('/a%5c..%5cb')).toBeNull();
    expect(safeSegments('/C:/windows')).toBeNull();
    expect(safeSegments('/%00')).toBeNull();
    expect(safeSegments('/%E0%A4%A')).toBeNull();
  });
  it('decodes ordinary paths', () => {
    expect(safeSegments('/assets/index-1.js')).toEqual(['assets', 'index-1.js']);
    expect(safeSegments('/pack/%E9%95%BF.svg')).toEqual(['pack', '长.svg']);
  });
});

describe('isTrustedRequest', () => {
  const hosts = allowedHosts(8765);
  it('accepts its own host with or without its own origin', () => {
    expect(isTrustedRequest(request({ host: '127.0.0.1:8765' }), hosts)).toBe(true);
    expect(isTrustedRequest(request({ host: 'localhost:8765', origin: 'http://localhost:8765' }), hosts)).toBe(true);
  });
  it('refuses rebinding hosts and foreign origins', () => {
    expect(isTrustedRequest(request({ host: 'evil.example:8765' }), hosts)).toBe(false);
    expect(isTrustedRequest(request({ host: '127.0.0.1:8765', origin: 'http://evil.example' }), hosts)).toBe(false);
    expect(isTrustedRequest(request({ host: '127.0.0.1:8765', origin: 'null' }), hosts)).toBe(false);
    expect(isTrustedRequest(request({}), hosts)).toBe(false);
  });
});

describe('mimeType', () => {
  it('knows the media a pack carries', () => {
    expect(mimeType('a.opus')).toContain('audio/ogg');
    expect(mimeType('a.vtt')).toContain('text/vtt');
    expect(mimeType('A.SVG')).toBe('image/svg+xml');
    expect(mimeType('noext')).toBe('application/octet-stream');
  });
});

describe('the one HTTP policy of both shells (electron/shared/http-policy.ts)', () => {
  it('shapes file answers: full, ranged, unsatisfiable, HEAD', () => {
    const file = { size: 1000, contentType: 'audio/mpeg', cache: 'no-cache' };
    expect(planFileResponse(file, { range: undefined, head: false })).toMatchObject({ status: 200, bytes: { start: 0, end: 999 }, headers: { 'Content-Length': '1000', ...SECURITY_HEADERS } });
    expect(planFileResponse(file, { range: 'bytes=900-', head: false })).toMatchObject({ status: 206, bytes: { start: 900, end: 999 }, headers: { 'Content-Range': 'bytes 900-999/1000' } });
    expect(planFileResponse(file, { range: 'bytes=2000-', head: false })).toMatchObject({ status: 416, bytes: null, headers: { 'Content-Range': 'bytes */1000' } });
    expect(planFileResponse(file, { range: undefined, head: true }).bytes).toBeNull();
  });

  it('caches hashed assets forever and revalidates the rest', () => {
    expect(rendererCache('assets/index-abc.js')).toMatch(/immutable/);
    expect(rendererCache('index.html')).toBe('no-cache');
    expect(rendererCache('assets/x.html')).toBe('no-cache');
  });

  it('is the only copy: neither shell writes its own security headers or path check', async () => {
    const fs = await import('node:fs');
    const root = new URL('../../electron/', import.meta.url);
    for (const file of ['main/file-response.ts', 'main/app-protocol.ts', 'web/http-security.ts', 'web/send-file.ts', 'web/web-host.ts', 'web/event-stream.ts']) {
      const text = fs.readFileSync(new URL(file, root), 'utf8');
      expect(text, file).not.toMatch(/X-Content-Type-Options|Content-Security-Policy'|decodeURIComponent\(raw\)|max-age=31536000/);
    }
  });
});
