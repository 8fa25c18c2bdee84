import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEND_BATCH } from '../../electron/shared/channels';
import { startFromSources } from '../fixtures/web-host-from-sources';

type Host = Awaited<ReturnType<typeof startFromSources>>;
let host: Host;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-send-'));
  host = await startFromSources(dataDir);
});
afterAll(async () => {
  await new Promise((resolve) => {
    host.child.once('exit', resolve);
    host.child.kill('SIGTERM');
  });
});

const send = (body: unknown, contentType = 'application/json') =>
  fetch(`${host.url}api/send`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: JSON.stringify(body),
  });

describe('POST /api/send (the renderer’s batched fire-and-forget calls)', () => {
  it('dispatches a visit’s start, events and end in order, in one request, and stores them', async () => {
    const visitId = randomUUID();
    const at = Date.now();
    const events = Array.from({ length: 5 }, (_, i) => ({
      name: 'visit:event',
      input: {
        id: randomUUID(),
        visitId,
        seq: i + 1,
        at: at + i + 1,
        chapter: 'vitality',
        type: 'hotspot-opened',
        payload: { hotspotId: `h${i}`, via: 'panorama' },
      },
    }));
    const batch = [
      {
        name: 'visit:start',
        input: { visitId, at, language: 'en', packId: 'changjiahui-default', packVersion: '1.0.0' },
      },
      ...events,
      { name: 'visit:end', input: { visitId, at: at + 10, reason: 'finish' } },
    ];
    const response = await send(batch);
    expect(response.status).toBe(200);
    const results = (await response.json()) as Array<{ ok: boolean }>;
    expect(results, JSON.stringify(results)).toEqual(batch.map(() => expect.objectContaining({ ok: true })));
    // SIGTERM flushes the logger; read the file afterwards.
    await new Promise((resolve) => {
      host.child.once('exit', resolve);
      host.child.kill('SIGTERM');
    });
    const db = new Database(path.join(dataDir, 'visits.sqlite'), { readonly: true });
    try {
      const seqs = db.prepare('SELECT seq FROM visit_events WHERE visit_id = ? ORDER BY seq').pluck().all(visitId);
      expect(seqs).toEqual([1, 2, 3, 4, 5]);
      expect(db.prepare('SELECT end_reason FROM visits WHERE id = ?').pluck().get(visitId)).toBe('finish');
    } finally {
      db.close();
    }
    host = await startFromSources(dataDir);
  });

  it('answers each bad item with an error naming it, and still dispatches the good ones', async () => {
    const response = await send([
      { input: {} },
      { name: 'app:echo', input: { text: 'hi' } },
      { name: 'no:such-call', input: {} },
    ]);
    expect(response.status).toBe(200);
    const [first, second, third] = (await response.json()) as Array<{
      ok: boolean;
      error?: { message: string; field?: string };
    }>;
    expect(first).toMatchObject({ ok: false, error: { field: '0.name' } });
    expect(first?.error?.message).toContain('item 0');
    expect(second).toMatchObject({ ok: true });
    expect(third).toMatchObject({ ok: false });
    expect(third?.error?.message).toContain('no:such-call');
  });

  it('refuses a body that is not an array, not JSON, or not application/json', async () => {
    const notArray = await send({ name: 'app:echo' });
    expect(notArray.status).toBe(400);
    expect(((await notArray.json()) as { error: { message: string } }).error.message).toContain('array');
    const notJson = await fetch(`${host.url}api/send`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[{',
    });
    expect(notJson.status).toBe(400);
    expect((await send([], 'text/plain')).status).toBe(415);
    expect((await fetch(`${host.url}api/send`)).status).toBe(405);
  });

  it('refuses a batch over the limit whole, before dispatching any of it', async () => {
    const visitId = randomUUID();
    const start = { name: 'visit:start', input: { visitId, at: Date.now(), language: 'en', packId: 'changjiahui-default', packVersion: '1.0.0' } };
    const filler = Array.from({ length: MAX_SEND_BATCH }, () => ({ name: 'app:echo', input: { text: 'x' } }));
    const response = await send([start, ...filler]);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining(`at most ${MAX_SEND_BATCH}`) } });
    expect((await send([...filler])).status).toBe(200);
    await new Promise((resolve) => {
      host.child.once('exit', resolve);
      host.child.kill('SIGTERM');
    });
    const db = new Database(path.join(dataDir, 'visits.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) FROM visits WHERE id = ?').pluck().get(visitId)).toBe(0);
    } finally {
      db.close();
    }
    host = await startFromSources(dataDir);
  });

  it('carries visitor calls only: a privileged item is refused unrun, even with a session header', async () => {
    const response = await fetch(`${host.url}api/send`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk-Session': 'A'.repeat(43) },
      body: JSON.stringify([
        { name: 'stats:summary', input: { from: '2026-01-01', to: '2026-01-31' } },
        { name: 'app:echo', input: { text: 'ok' } },
      ]),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject([{ ok: false, error: { code: 'forbidden' } }, { ok: true }]);
  });

  it('answers a call name with broken percent-encoding with 400, and privileged calls without a session header with unauthorized', async () => {
    const broken = await fetch(`${host.url}api/call/app%3Aecho%E0%A4%A`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('percent-encoding') } });
    const unauthorized = await fetch(`${host.url}api/call/packs:status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(await unauthorized.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
