import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confinedPath, type ContentSource } from '../../electron/core/content-source';
import { APP_SCHEME, MEDIA_BASE, registerAppProtocol, registerPrivilegedSchemes } from '../../electron/main/app-protocol';
import { RENDERER_CSP } from '../../electron/shared/csp';
import { asElectron, createMemoryLog, FakeProtocol } from '../fixtures/fake-electron';

const KEY = 'changjiahui@1.2.0';
let root: string;
let protocol: FakeProtocol;
const AUDIO = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-protocol-'));
  const renderer = path.join(root, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'top secret');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'link.txt'));
  const pack = path.join(root, 'pack');
  fs.mkdirSync(path.join(pack, 'narration'), { recursive: true });
  fs.writeFileSync(path.join(pack, 'narration', 'hard-core.zh-CN.mp3'), AUDIO);
  // The protocol only needs resolveMedia; confinement is the real core helper.
  const content: ContentSource = {
    manifest: () => {
      throw new Error('not needed');
    },
    activeKey: () => KEY,
    resolveMedia: (key, relative) => (key === KEY ? confinedPath(pack, relative) : null),
  };
  protocol = new FakeProtocol();
  registerAppProtocol(asElectron<Protocol>(protocol), { rendererDir: renderer, content, log: createMemoryLog() });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app:// scheme', () => {
  it('is registered privileged: standard, secure, fetch, streaming, code cache', () => {
    const fake = new FakeProtocol();
    registerPrivilegedSchemes(asElectron<Protocol>(fake));
    expect(fake.privileged).toEqual([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } }]);
  });

  it('serves the renderer index with the CSP header', async () => {
    const res = await protocol.fetch('app://kiosk/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>kiosk</title>');
  });

  it('serves hashed assets as immutable', async () => {
    const res = await protocol.fetch('app://kiosk/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/assets/..%5c..%5csecret.txt',
    'app://kiosk/link.txt',
    'app://kiosk/%00index.html',
    'app://kiosk/C:/secret.txt',
  ])('refuses traversal: %s', async (url) => {
    const res = await protocol.fetch(url);
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('top secret');
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('answers 404 for missing files and foreign hosts, 405 for writes', async () => {
    expect((await protocol.fetch('app://kiosk/missing.js')).status).toBe(404);
    expect((await protocol.fetch('app://other/index.html')).status).toBe(404);
    expect((await protocol.fetch('app://kiosk/', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('pack media under app://kiosk/pack/', () => {
  const url = `${MEDIA_BASE}${KEY}/narration/hard-core.zh-CN.mp3`;

  it('uses the prefix the core hands the renderer as mediaBase', () => {
    expect(MEDIA_BASE).toBe('app://kiosk/pack/');
  });

  it('serves a whole file with its type and Accept-Ranges', async () => {
    const res = await protocol.fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/mpeg');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-length')).toBe('1000');
    expect(Buffer.from(await res.arrayBuffer()).equals(AUDIO)).toBe(true);
  });

  it('serves a byte range with 206 and Content-Range', async () => {
    const res = await protocol.fetch(url, { headers: { Range: 'bytes=100-199' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(res.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await res.arrayBuffer()).equals(AUDIO.subarray(100, 200))).toBe(true);
  });

  it('serves open-ended and suffix ranges', async () => {
    const open = await protocol.fetch(url, { headers: { Range: 'bytes=990-' } });
    expect(open.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect((await open.arrayBuffer()).byteLength).toBe(10);
    const suffix = await protocol.fetch(url, { headers: { Range: 'bytes=-5' } });
    expect(suffix.headers.get('content-range')).toBe('bytes 995-999/1000');
    expect(Buffer.from(await suffix.arrayBuffer()).equals(AUDIO.subarray(995))).toBe(true);
  });

  it('answers 416 for a range outside the file', async () => {
    const res = await protocol.fetch(url, { headers: { Range: 'bytes=5000-6000' } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
  });

  it('answers HEAD without a body', async () => {
    const res = await protocol.fetch(url, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('1000');
    expect(await res.text()).toBe('');
  });

  it('refuses other pack keys and paths outside the pack', async () => {
    expect((await protocol.fetch(`${MEDIA_BASE}old@1.0.0/narration/hard-core.zh-CN.mp3`)).status).toBe(404);
    expect((await protocol.fetch(`${MEDIA_BASE}${KEY}/%2e%2e/secret.txt`)).status).toBeGreaterThanOrEqual(400);
    expect((await protocol.fetch(`${MEDIA_BASE}${KEY}`)).status).toBe(404);
  });
});

describe('the real renderer build', () => {
  const dist = path.resolve(import.meta.dirname, '../../dist/renderer');
  const built = fs.existsSync(path.join(dist, 'index.html'));

  it.skipIf(!built)('serves dist/renderer/index.html and every file it references, each with the CSP', async () => {
    const real = new FakeProtocol();
    const content: ContentSource = { manifest: () => ({}) as never, activeKey: () => KEY, resolveMedia: () => null };
    registerAppProtocol(asElectron<Protocol>(real), { rendererDir: dist, content, log: createMemoryLog() });
    const index = await real.fetch('app://kiosk/');
    expect(index.status).toBe(200);
    const html = await index.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '').filter((ref) => !/^[a-z]+:/i.test(ref));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const res = await real.fetch(new URL(ref, 'app://kiosk/').href);
      expect(res.status, ref).toBe(200);
      expect(res.headers.get('content-security-policy'), ref).toBe(RENDERER_CSP);
    }
  });
});
