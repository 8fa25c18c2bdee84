import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore } from '../../electron/core/kiosk-core';
import { loadSettings } from '../../electron/core/settings';
import { setPins } from '../fixtures/admin';
import { tempDir } from '../fixtures/visit-log/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CTX = { transport: 'http' } as const;
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('visit-core-');
  process.env.KIOSK_QUIET = '1';
});
afterEach(() => tmp.cleanup());

describe('visit log wired into the core', () => {
  it('stores renderer calls for real, refuses malformed ones, answers admin calls and flushes on close', async () => {
    const settings = loadSettings({ overrides: { dataDir: tmp.dir, kioskId: 'kiosk-core' } });
    const core = createKioskCore({ settings, appVersion: '0.0.0', mediaBase: '/pack/', defaultPackDir: path.join(ROOT, 'assets', 'default-pack') });
    const visitId = randomUUID();
    const at = Date.now();
    expect(await core.dispatch('visit:start', { visitId, at, language: 'zh-CN', packId: 'default', packVersion: '1.0.0' }, CTX)).toEqual({ ok: true, value: { accepted: true } });
    const event = { id: randomUUID(), visitId, seq: 1, at: at + 1, type: 'chapter-opened', chapter: 'radiation', payload: {} };
    expect(await core.dispatch('visit:event', event, CTX)).toMatchObject({ ok: true });
    const bad = await core.dispatch('visit:event', { ...event, type: 'nope' }, CTX);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.dispatch('visit:end', { visitId, at: at + 2, reason: 'finish' }, CTX)).toMatchObject({ ok: true });
    // Health and statistics need an admin session; sign in after the visit (visits are not logged during a session).
    await setPins(tmp.dir, { admin: '13579' });
    const signIn = await core.dispatch('admin:sign-in', { pin: '13579' }, CTX);
    const ADMIN = { ...CTX, sessionToken: signIn.ok ? (signIn.value as { token: string }).token : undefined };
    expect(await core.dispatch('health:visit-log', {}, CTX)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const health = await core.dispatch('health:visit-log', {}, ADMIN);
    expect(health).toMatchObject({ ok: true, value: { writing: true, dropped: 0 } });
    const today = new Date(at + new Date().getTimezoneOffset() * -60_000).toISOString().slice(0, 10);
    const stats = await core.dispatch('stats:summary', { from: today, to: today }, ADMIN);
    expect(stats).toMatchObject({ ok: true, value: { visits: 1, endReasons: { finish: 1 } } });
    const late = randomUUID();
    await core.dispatch('admin:sign-out', {}, ADMIN);
    await core.dispatch('visit:start', { visitId: late, at: at + 3, language: 'en', packId: 'default', packVersion: '1.0.0' }, CTX);
    await core.close();
    const db = new Database(path.join(tmp.dir, 'visits.sqlite'), { readonly: true });
    expect(db.prepare('SELECT id, end_reason FROM visits ORDER BY started_at').all()).toEqual([
      { id: visitId, end_reason: 'finish' },
      { id: late, end_reason: null },
    ]);
    expect(db.prepare('SELECT COUNT(*) FROM visit_events').pluck().get()).toBe(1);
    db.close();
  });
});
