import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIntegrityRepo, openDatabase } from '../../db';
import { pinFileOf } from '../../electron/core/admin';
import type { ShellControl } from '../../electron/core/shell-control';
import { checkDatabase } from '../../electron/core/system/integrity-check';
import type { IntegrityCheck, SystemStatus } from '../../electron/shared/contract/system';
import { callHttp, setPins, signInHttp, TEST_PINS } from '../fixtures/admin';
import { fakeClock, startAdminKiosk, type FakeClock } from '../fixtures/admin-kiosk';
import { tempDir } from '../fixtures/visit-log/temp';

/** A shell that records what the core asked of it, and whether the visit log was on disk by then. */
const recordingShell = (dbFile: () => string) => {
  const asked: Array<{ action: string; reason: string; visitsOnDisk: number }> = [];
  const visitsOnDisk = () => {
    const db = openDatabase(dbFile(), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const shell: ShellControl = {
    kind: 'chromium',
    restart: (reason) => void asked.push({ action: 'restart', reason, visitsOnDisk: visitsOnDisk() }),
    exitToDesktop: (reason) => void asked.push({ action: 'exitToDesktop', reason, visitsOnDisk: visitsOnDisk() }),
  };
  return { shell, asked };
};

let tmp: ReturnType<typeof tempDir>;
let clock: FakeClock;
let kiosk: Awaited<ReturnType<typeof startAdminKiosk>>;
let recorded: ReturnType<typeof recordingShell>;
let pinTemplate: ReturnType<typeof tempDir>;
const dbFile = () => path.join(tmp.dir, 'visits.sqlite');
const start = async () => (kiosk = await startAdminKiosk(tmp.dir, clock, { shell: recorded.shell }));

beforeAll(async () => {
  pinTemplate = tempDir('system-pins-');
  await setPins(pinTemplate.dir, TEST_PINS);
});
afterAll(() => pinTemplate.cleanup());
beforeEach(async () => {
  tmp = tempDir('system-status-');
  clock = fakeClock();
  fs.copyFileSync(pinFileOf(pinTemplate.dir), pinFileOf(tmp.dir));
  recorded = recordingShell(dbFile);
  await start();
});
afterEach(async () => {
  await kiosk.stop();
  tmp.cleanup();
});

const status = async (token: string) => {
  const answer = await callHttp<SystemStatus>(kiosk.url, 'system:status', {}, token);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
};

describe('system:status on a real SQLite file', () => {
  it('answers version, shell, kiosk id, uptime by the clock, the bundled pack, disk free and database size', async () => {
    const token = await signInHttp(kiosk.url, TEST_PINS.staff);
    // Less than the 5-minute session idle time.
    clock.advance(245_000);
    const s = await status(token);
    expect(s).toMatchObject({ appVersion: '0.1.0', shell: 'chromium', kioskId: kiosk.core.settings.kioskId, uptimeSeconds: 245, dataDir: tmp.dir });
    expect(s.activePack).toMatchObject({ id: expect.any(String), origin: 'bundled', installedAt: null });
    const fsStat = fs.statfsSync(tmp.dir);
    // Another process may write meanwhile: the same file system, within 64 MB.
    expect(Math.abs(s.diskFreeBytes! - fsStat.bavail * fsStat.bsize)).toBeLessThan(64 * 1024 * 1024);
    expect(s.diskTotalBytes).toBe(fsStat.blocks * fsStat.bsize);
    const onDisk = fs.statSync(dbFile()).size + (fs.existsSync(`${dbFile()}-wal`) ? fs.statSync(`${dbFile()}-wal`).size : 0);
    expect(s.databaseBytes).toBe(onDisk);
    expect(s.databaseBytes).toBeGreaterThan(0);
  });

  it('lists crash / recovery events from SQLite, so they are still there after a restart', async () => {
    kiosk.core.alert('renderer-gone', 'renderer gone (reason crashed); recovery: reload in 1 s');
    await kiosk.stop();
    await start();
    const s = await status(await signInHttp(kiosk.url, TEST_PINS.staff));
    expect(s.events.map((e) => e.kind)).toContain('renderer-gone');
  });
});

describe('integrity check', () => {
  it('"check now" runs quick_check, records result and time in SQLite, and "last check" survives a restart', async () => {
    const token = await signInHttp(kiosk.url, TEST_PINS.staff);
    expect((await status(token)).lastCheck).toBeNull();
    const check = await callHttp<IntegrityCheck>(kiosk.url, 'system:check-db', {}, token);
    expect(check).toMatchObject({ ok: true, value: { ok: true, result: 'ok', mode: 'quick', at: new Date(clock.now).toISOString() } });
    await kiosk.stop();
    await start();
    const s = await status(await signInHttp(kiosk.url, TEST_PINS.admin));
    expect(s.lastCheck).toEqual(check.ok && check.value);
    const db = openDatabase(dbFile());
    expect(createIntegrityRepo(db).last()).toMatchObject({ ok: true, result: 'ok', mode: 'quick' });
    db.close();
  });

  it('reports a damaged file as not ok, with SQLite\'s words', async () => {
    const file = path.join(tmp.dir, 'damaged.sqlite');
    const db = openDatabase(file);
    db.exec('CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT) STRICT; CREATE INDEX t_b ON t (b);');
    const insert = db.prepare('INSERT INTO t (b) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over the middle of the file: table and index pages no longer agree.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 4096);
    fs.writeFileSync(file, bytes);
    for (const mode of ['quick', 'full'] as const) {
      const outcome = await checkDatabase(file, mode);
      expect(outcome.ok).toBe(false);
      expect(outcome.result).not.toBe('ok');
    }
    expect((await checkDatabase(dbFile(), 'full')).ok).toBe(true);
  });
});

describe('access and the shell port', () => {
  it('staff may open the System screen; nobody without a session may', async () => {
    expect(await callHttp(kiosk.url, 'system:status', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const staff = await signInHttp(kiosk.url, TEST_PINS.staff);
    expect(await callHttp(kiosk.url, 'system:status', {}, staff)).toMatchObject({ ok: true });
  });

  it('restart flushes the visit log, then asks the shell, and is audited', async () => {
    // Visits are refused while a session is open: log one first.
    await callHttp(kiosk.url, 'visit:start', { visitId: '0190a0e0-0000-7000-8000-000000000001', at: clock.now, language: 'en', packId: 'p', packVersion: '1' });
    const staff = await signInHttp(kiosk.url, TEST_PINS.staff);
    expect(await callHttp(kiosk.url, 'system:restart', {}, staff)).toEqual({ ok: true, value: { restarting: true } });
    await vi.waitFor(() => expect(recorded.asked).toHaveLength(1));
    expect(recorded.asked[0]).toMatchObject({ action: 'restart', reason: expect.stringContaining('staff'), visitsOnDisk: 1 });
    const admin = await signInHttp(kiosk.url, TEST_PINS.admin);
    const audit = await callHttp<{ rows: Array<{ action: string; outcome: string; role: string }> }>(kiosk.url, 'audit:list', {}, admin);
    expect(audit.ok && audit.value.rows).toContainEqual(expect.objectContaining({ action: 'system:restart', outcome: 'ok', role: 'staff' }));
  });

  it('exit to desktop needs the admin PIN typed again, in a staff session and in an admin session', async () => {
    const staff = await signInHttp(kiosk.url, TEST_PINS.staff);
    const withStaffPin = await callHttp(kiosk.url, 'system:exit-to-desktop', { pin: TEST_PINS.staff }, staff);
    expect(withStaffPin).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('admin PIN') } });
    // A wrong PIN is refused as forbidden, not unauthorized: the screen's session must not end over it.
    expect(await callHttp(kiosk.url, 'system:exit-to-desktop', { pin: '99999' }, staff)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await signInHttp(kiosk.url, TEST_PINS.admin);
    expect(await callHttp(kiosk.url, 'system:exit-to-desktop', {}, admin)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(recorded.asked).toEqual([]);

    expect(await callHttp(kiosk.url, 'system:exit-to-desktop', { pin: TEST_PINS.admin }, staff)).toEqual({ ok: true, value: { exiting: true } });
    await vi.waitFor(() => expect(recorded.asked).toHaveLength(1));
    expect(recorded.asked[0]).toMatchObject({ action: 'exitToDesktop' });
    const audit = await callHttp<{ rows: Array<{ action: string; outcome: string; detail: string }> }>(kiosk.url, 'audit:list', {}, admin);
    const rows = audit.ok ? audit.value.rows.filter((r) => r.action === 'system:exit-to-desktop') : [];
    expect(rows.map((r) => r.outcome)).toEqual(['ok', 'refused', 'refused', 'refused']);
    expect(rows.every((r) => !r.detail.includes(TEST_PINS.admin) && !r.detail.includes(TEST_PINS.staff))).toBe(true);
  });

  it('without a shell, restart and exit are refused as unavailable', async () => {
    await kiosk.stop();
    kiosk = await startAdminKiosk(tmp.dir, clock);
    const admin = await signInHttp(kiosk.url, TEST_PINS.admin);
    expect((await status(admin)).shell).toBeNull();
    expect(await callHttp(kiosk.url, 'system:restart', {}, admin)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
