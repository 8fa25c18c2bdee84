import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pinFileOf, SESSION_IDLE_MS } from '../../electron/core/admin';
import { accessOf, calls, type CallName } from '../../electron/shared/contract';
import { callHttp, setPins, signInHttp, TEST_PINS } from '../fixtures/admin';
import { fakeClock, startAdminKiosk, type FakeClock } from '../fixtures/admin-kiosk';
import { tempDir } from '../fixtures/visit-log/temp';

let tmp: ReturnType<typeof tempDir>;
let clock: FakeClock;
let kiosk: Awaited<ReturnType<typeof startAdminKiosk>>;
// scrypt is slow on purpose: hash the PINs once, copy the file into each test's data dir.
let pinTemplate: ReturnType<typeof tempDir>;
beforeAll(async () => {
  pinTemplate = tempDir('admin-pins-');
  await setPins(pinTemplate.dir, TEST_PINS);
});
afterAll(() => pinTemplate.cleanup());
beforeEach(async () => {
  tmp = tempDir('admin-access-');
  clock = fakeClock();
  fs.copyFileSync(pinFileOf(pinTemplate.dir), pinFileOf(tmp.dir));
  kiosk = await startAdminKiosk(tmp.dir, clock);
});
afterEach(async () => {
  await kiosk.stop();
  tmp.cleanup();
});

const names = Object.keys(calls) as CallName[];
const privileged = names.filter((n) => accessOf(n) !== 'visitor');
const adminOnly = names.filter((n) => accessOf(n) === 'admin');

/** Every privileged call with `{}` and the given token: the error codes, by name. */
const codes = async (token?: string) => {
  const out: Record<string, string> = {};
  for (const name of privileged) {
    const answer = await callHttp(kiosk.url, name, {}, token);
    out[name] = answer.ok ? 'ok' : answer.error.code;
  }
  return out;
};
const all = (list: readonly string[], code: string) => Object.fromEntries(list.map((n) => [n, code]));
const visit = () => ({ visitId: randomUUID(), at: clock.now, language: 'en', packId: 'changjiahui-default', packVersion: '1.0.0' });

describe('privileged calls over HTTP', () => {
  it('covers the calls the issue names', () => {
    for (const name of ['packs:install', 'packs:rollback', 'packs:status', 'stats:summary', 'export:visits', 'health:visit-log', 'audit:list'])
      expect(privileged).toContain(name);
  });

  it('are all refused without a session, even from loopback, and with a forged or malformed token', async () => {
    expect(await codes()).toEqual(all(privileged, 'unauthorized'));
    expect(await codes(Buffer.alloc(32, 7).toString('base64url'))).toEqual(all(privileged, 'unauthorized'));
    expect(await codes('not a token')).toEqual(all(privileged, 'unauthorized'));
  });

  it('admin calls are refused with a staff session (forbidden); staff calls reach their handler', async () => {
    const staff = await signInHttp(kiosk.url, TEST_PINS.staff);
    const got = await codes(staff);
    expect(Object.fromEntries(adminOnly.map((n) => [n, got[n]]))).toEqual(all(adminOnly, 'forbidden'));
    expect(got['packs:status']).toBe('ok');
    expect(got['health:visit-log']).toBe('ok');
    expect(got['admin:touch']).toBe('ok');
  });

  it('an admin session passes the access check of every call', async () => {
    const admin = await signInHttp(kiosk.url, TEST_PINS.admin);
    const got = await codes(admin);
    expect(Object.entries(got).filter(([, code]) => code === 'unauthorized' || code === 'forbidden')).toEqual([]);
    expect(got['audit:list']).toBe('ok');
  });

  it('an idle session expires after 5 minutes; touches keep it; sign-out ends it', async () => {
    const token = await signInHttp(kiosk.url, TEST_PINS.staff);
    clock.advance(SESSION_IDLE_MS - 1000);
    expect(await callHttp(kiosk.url, 'admin:touch', {}, token)).toMatchObject({ ok: true, value: { expiresAt: new Date(clock.now + SESSION_IDLE_MS).toISOString() } });
    clock.advance(SESSION_IDLE_MS - 1000);
    expect(await callHttp(kiosk.url, 'packs:status', {}, token)).toMatchObject({ ok: true });
    clock.advance(SESSION_IDLE_MS + 1);
    expect(await codes(token)).toEqual(all(privileged, 'unauthorized'));
    expect(await callHttp(kiosk.url, 'admin:status', {}, token)).toMatchObject({ ok: true, value: { session: null } });

    const again = await signInHttp(kiosk.url, TEST_PINS.admin);
    expect(await callHttp(kiosk.url, 'admin:status', {}, again)).toMatchObject({ ok: true, value: { session: { role: 'admin' } } });
    expect(await callHttp(kiosk.url, 'admin:sign-out', {}, again)).toEqual({ ok: true, value: { signedOut: true } });
    expect(await callHttp(kiosk.url, 'admin:sign-out', {}, again)).toEqual({ ok: true, value: { signedOut: false } });
    expect(await codes(again)).toEqual(all(privileged, 'unauthorized'));

    const reader = await signInHttp(kiosk.url, TEST_PINS.admin);
    const rows = await callHttp<{ rows: Array<{ action: string }> }>(kiosk.url, 'audit:list', {}, reader);
    expect(rows.ok && rows.value.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['session-expired', 'sign-out', 'sign-in']));
  });

  it('a restart ends every session (memory only), and the shutdown is audited', async () => {
    const token = await signInHttp(kiosk.url, TEST_PINS.admin);
    await kiosk.stop();
    kiosk = await startAdminKiosk(tmp.dir, clock);
    expect(await codes(token)).toEqual(all(privileged, 'unauthorized'));
    const reader = await signInHttp(kiosk.url, TEST_PINS.admin);
    const rows = await callHttp<{ rows: Array<{ action: string; detail: string }> }>(kiosk.url, 'audit:list', {}, reader);
    expect(rows.ok && rows.value.rows.some((r) => r.action === 'sign-out' && r.detail.includes('shutdown'))).toBe(true);
  });

  it('visitor calls stay open, and visits are not logged while a session is open', async () => {
    expect(await callHttp(kiosk.url, 'app:echo', { text: 'hi' })).toMatchObject({ ok: true });
    expect(await callHttp(kiosk.url, 'app:info', {})).toMatchObject({ ok: true });
    expect(await callHttp(kiosk.url, 'visit:start', visit())).toMatchObject({ ok: true });
    const token = await signInHttp(kiosk.url, TEST_PINS.staff);
    const refused = await callHttp(kiosk.url, 'visit:start', visit());
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('admin session open') } });
    expect(await callHttp(kiosk.url, 'visit:end', { visitId: randomUUID(), at: clock.now, reason: 'finish' }, token)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await callHttp(kiosk.url, 'admin:sign-out', {}, token);
    expect(await callHttp(kiosk.url, 'visit:start', visit())).toMatchObject({ ok: true });
  });

  it('audits a refused mutating call with no role, and the same call with the session role', async () => {
    await callHttp(kiosk.url, 'packs:rollback', {});
    const admin = await signInHttp(kiosk.url, TEST_PINS.admin);
    await callHttp(kiosk.url, 'packs:rollback', {}, admin);
    const list = await callHttp<{ rows: Array<{ role: string | null; action: string; outcome: string }> }>(kiosk.url, 'audit:list', { limit: 10 }, admin);
    const rollbacks = list.ok ? list.value.rows.filter((r) => r.action === 'packs:rollback') : [];
    expect(rollbacks.map((r) => [r.role, r.outcome])).toEqual([
      ['admin', 'refused'], // no previous pack: refused by the handler, recorded with the role
      [null, 'refused'],
    ]);
  });
});
