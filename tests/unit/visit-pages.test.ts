import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startFromSources } from '../fixtures/web-host-from-sources';

type Answer = { ok: boolean; error?: { code: string } };

/** One browser page: the cookie the web host set when it served index.html. */
const openPage = async (url: string, cookie?: string) => {
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
  await response.text();
  const setCookie = response.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/^kiosk_page=[\w-]{22}; Path=\/; HttpOnly; SameSite=Strict$/);
  return setCookie.split(';')[0] ?? '';
};

const call = (url: string, cookie: string | null, name: string, input: unknown): Promise<Answer> =>
  fetch(`${url}api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  }).then((r) => r.json() as Promise<Answer>);

const start = (visitId: string, at: number) => ({ visitId, at, language: 'en', packId: 'changjiahui-default', packVersion: '1.0.0' });
const event = (visitId: string, seq: number, at: number) => ({ id: randomUUID(), visitId, seq, at, chapter: 'hard-core', type: 'chapter-opened', payload: {} });

describe('visits belong to the page that started them (4 clients)', () => {
  it('no page interrupts, extends or ends another page\'s visit; a reload interrupts only its own', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-pages-'));
    const host = await startFromSources(dataDir);
    const pages = await Promise.all([0, 1, 2, 3].map(() => openPage(host.url)));
    expect(new Set(pages).size).toBe(4);
    const t0 = Date.now();
    const visits = pages.map(() => randomUUID());
    // Interleaved: every page starts its visit while the others are open.
    for (const [i, cookie] of pages.entries()) expect(await call(host.url, cookie, 'visit:start', start(visits[i]!, t0 + i))).toMatchObject({ ok: true });
    for (let seq = 1; seq <= 5; seq++) {
      for (const [i, cookie] of pages.entries()) expect((await call(host.url, cookie, 'visit:event', event(visits[i]!, seq, t0 + 10 * seq))).ok).toBe(true);
    }
    // Another page, a cookie-less script, a forged cookie: forbidden on page 0's visit.
    for (const stranger of [pages[1]!, null, 'kiosk_page=AAAAAAAAAAAAAAAAAAAAAA']) {
      expect(await call(host.url, stranger, 'visit:end', { visitId: visits[0], at: t0 + 100, reason: 'finish' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call(host.url, stranger, 'visit:event', event(visits[0]!, 9, t0 + 100))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A script's own visit:start interrupts nobody's.
    expect((await call(host.url, null, 'visit:start', start(randomUUID(), t0 + 200))).ok).toBe(true);
    // Pages 0..2 end their visits; page 3 reloads (its browser sends its old cookie with index.html).
    for (const i of [0, 1, 2]) expect((await call(host.url, pages[i]!, 'visit:end', { visitId: visits[i], at: t0 + 300, reason: i === 1 ? 'idle' : 'finish' })).ok).toBe(true);
    await openPage(host.url, pages[3]);
    await new Promise<number | null>((resolve) => {
      host.child.once('exit', resolve);
      host.child.kill('SIGTERM');
    });
    const db = new Database(path.join(dataDir, 'visits.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT id, end_reason AS reason, ended_at AS endedAt FROM visits').all() as Array<{ id: string; reason: string | null; endedAt: number }>;
    db.close();
    const reasonOf = (id: string) => rows.find((r) => r.id === id)?.reason;
    expect(visits.map(reasonOf)).toEqual(['finish', 'idle', 'finish', 'interrupted']);
    expect(rows.find((r) => r.id === visits[3])?.endedAt).toBe(t0 + 50); // at its own last event
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
