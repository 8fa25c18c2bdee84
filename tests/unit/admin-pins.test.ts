import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_MS, pinFileOf, setPin } from '../../electron/core/admin';
import { hashPin, pinMatches, PIN_SCRYPT } from '../../electron/core/admin/pin-hash';
import { callHttp, setPins, TEST_PINS } from '../fixtures/admin';
import { fakeClock, startAdminKiosk, type FakeClock } from '../fixtures/admin-kiosk';
import { tempDir } from '../fixtures/visit-log/temp';

let tmp: ReturnType<typeof tempDir>;
let clock: FakeClock;
const running: Array<{ stop(): Promise<void> }> = [];
beforeEach(() => {
  tmp = tempDir('admin-pins-');
  clock = fakeClock();
});
afterEach(async () => {
  for (const k of running.splice(0)) await k.stop();
  tmp.cleanup();
});
// scrypt is slow on purpose: hash the test PINs once, copy the file where a test needs them.
let template: ReturnType<typeof tempDir>;
beforeAll(async () => {
  template = tempDir('admin-pin-template-');
  await setPins(template.dir, TEST_PINS);
});
afterAll(() => template.cleanup());
const withTestPins = () => fs.copyFileSync(pinFileOf(template.dir), pinFileOf(tmp.dir));
const start = async () => {
  const kiosk = await startAdminKiosk(tmp.dir, clock);
  running.push(kiosk);
  return kiosk;
};
const signIn = (url: string, pin: string) => callHttp<{ token: string; role: string }>(url, 'admin:sign-in', { pin });
type Row = { id: number; role: string | null; action: string; detail: string; outcome: string };

describe('PIN hashes', () => {
  it('are scrypt with a per-PIN salt, and a check takes a measured time', async () => {
    const a = await hashPin('123456');
    const b = await hashPin('123456');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a).toMatchObject(PIN_SCRYPT);
    const t0 = performance.now();
    expect(await pinMatches('123456', a)).toBe(true);
    const ms = performance.now() - t0;
    expect(await pinMatches('123457', a)).toBe(false);
    expect(await pinMatches('123456', { ...a, N: 2 ** 30 })).toBe(false);
    console.log(`PIN check (scrypt N=2^15 r=8 p=1): ${ms.toFixed(0)} ms`);
  });
});

describe('PIN store', () => {
  it('writes a 0600 file without the PIN in it, and refuses the same PIN for both roles', async () => {
    await setPins(tmp.dir, TEST_PINS);
    const file = pinFileOf(tmp.dir);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(TEST_PINS.admin);
    expect(text).not.toContain(TEST_PINS.staff);
    await expect(setPin(tmp.dir, 'staff', TEST_PINS.admin)).rejects.toMatchObject({ code: 'conflict' });
    await expect(setPin(tmp.dir, 'staff', '12')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('with no PIN set, status says so and sign-in tells how to set one', async () => {
    const kiosk = await start();
    expect(await callHttp(kiosk.url, 'admin:status')).toEqual({
      ok: true,
      value: { pinsSet: { staff: false, admin: false }, lockedUntil: null, attemptsLeft: 5, session: null },
    });
    const refused = await signIn(kiosk.url, '0000');
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('kiosk admin set-pin --role admin') } });
  });
});

describe('sign-in lockout', () => {
  it('locks after 5 wrong PINs, refuses the 6th even when right, survives a restart, and audits every attempt', async () => {
    withTestPins();
    let kiosk = await start();
    for (let i = 1; i <= 4; i++) {
      expect(await signIn(kiosk.url, '0000')).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringContaining(`${5 - i} tr`) } });
    }
    expect(await signIn(kiosk.url, '0000')).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('locked for 5:00') } });
    expect(await signIn(kiosk.url, TEST_PINS.admin)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/locked for \d:\d\d/) } });
    const lockedUntil = new Date(clock.now + LOCK_MS).toISOString();
    expect(await callHttp(kiosk.url, 'admin:status')).toMatchObject({ ok: true, value: { lockedUntil, attemptsLeft: 0 } });

    // A new core on the same data dir: the lock is still there.
    await kiosk.stop();
    running.length = 0;
    clock.advance(60_000);
    kiosk = await start();
    expect(await callHttp(kiosk.url, 'admin:status')).toMatchObject({ ok: true, value: { lockedUntil, attemptsLeft: 0 } });
    expect(await signIn(kiosk.url, TEST_PINS.admin)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('locked for 4:00') } });

    clock.advance(LOCK_MS - 60_000);
    const admin = await signIn(kiosk.url, TEST_PINS.admin);
    expect(admin).toMatchObject({ ok: true, value: { role: 'admin' } });
    expect(await callHttp(kiosk.url, 'admin:status')).toMatchObject({ ok: true, value: { lockedUntil: null, attemptsLeft: 5 } });

    const token = admin.ok ? admin.value.token : '';
    const list = await callHttp<{ rows: Row[] }>(kiosk.url, 'audit:list', {}, token);
    const rows = list.ok ? [...list.value.rows].reverse() : [];
    expect(rows.filter((r) => r.action === 'sign-in').map((r) => r.outcome)).toEqual([...Array(7).fill('refused'), 'ok']);
    expect(rows.filter((r) => r.action === 'lockout')).toHaveLength(1);
    expect(rows.some((r) => r.detail.includes(TEST_PINS.admin) || r.detail.includes('0000'))).toBe(false);
  });

  it('counts wrong PINs across a restart (no reset by restarting) and resets them on success', async () => {
    withTestPins();
    let kiosk = await start();
    for (let i = 0; i < 3; i++) await signIn(kiosk.url, '9999');
    await kiosk.stop();
    running.length = 0;
    kiosk = await start();
    expect(await callHttp(kiosk.url, 'admin:status')).toMatchObject({ ok: true, value: { attemptsLeft: 2 } });
    expect(await signIn(kiosk.url, TEST_PINS.staff)).toMatchObject({ ok: true, value: { role: 'staff' } });
    expect(await callHttp(kiosk.url, 'admin:status')).toMatchObject({ ok: true, value: { attemptsLeft: 5 } });
  });

  it('runs parallel guesses one at a time: a burst of 6 wrong PINs and the right one cannot outrun the lock', async () => {
    withTestPins();
    const kiosk = await start();
    const answers = await Promise.all([...Array.from({ length: 6 }, (_, i) => signIn(kiosk.url, `000${i}`)), signIn(kiosk.url, TEST_PINS.admin)]);
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes).toEqual(['unauthorized', 'unauthorized', 'unauthorized', 'unauthorized', 'forbidden', 'forbidden', 'forbidden']);
  });
});

describe('admin:change-pin', () => {
  it('lets an admin change the staff PIN, refuses the admin PIN for staff, ends staff sessions, and audits it', async () => {
    withTestPins();
    const kiosk = await start();
    const staff = await signIn(kiosk.url, TEST_PINS.staff);
    const admin = await signIn(kiosk.url, TEST_PINS.admin);
    const adminToken = admin.ok ? admin.value.token : '';
    const staffToken = staff.ok ? staff.value.token : '';
    expect(await callHttp(kiosk.url, 'admin:change-pin', { role: 'admin', pin: '8642' }, staffToken)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await callHttp(kiosk.url, 'admin:change-pin', { role: 'staff', pin: TEST_PINS.admin }, adminToken)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await callHttp(kiosk.url, 'admin:change-pin', { role: 'staff', pin: '8642' }, adminToken)).toEqual({ ok: true, value: { changed: true } });
    expect(await callHttp(kiosk.url, 'packs:status', {}, staffToken)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await signIn(kiosk.url, TEST_PINS.staff)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await signIn(kiosk.url, '8642')).toMatchObject({ ok: true, value: { role: 'staff' } });
    const list = await callHttp<{ rows: Row[] }>(kiosk.url, 'audit:list', { limit: 500 }, adminToken);
    const changes = list.ok ? list.value.rows.filter((r) => r.action === 'pin-changed').map((r) => [r.role, r.outcome]) : [];
    expect(changes).toEqual([
      ['admin', 'ok'],
      ['admin', 'refused'],
    ]);
    const staffTry = list.ok ? list.value.rows.filter((r) => r.action === 'admin:change-pin').map((r) => [r.role, r.outcome]) : [];
    expect(staffTry).toEqual([['staff', 'refused']]);
    const page = await callHttp<{ rows: Row[] }>(kiosk.url, 'audit:list', { limit: 2 }, adminToken);
    const ids = page.ok ? page.value.rows.map((r) => r.id) : [];
    expect(ids).toHaveLength(2);
    const next = await callHttp<{ rows: Array<{ id: number }> }>(kiosk.url, 'audit:list', { limit: 2, before: ids[1] }, adminToken);
    expect(next.ok && next.value.rows.every((r) => r.id < ids[1]!)).toBe(true);
  });
});
