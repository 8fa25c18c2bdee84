import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCoreSafely } from '../../electron/core/start-core';
import { loadSettingsOrFault } from '../../electron/core/startup-fault';
import { BAD_CONFIGS } from '../fixtures/bad-configs';
import { startFromSources } from '../fixtures/web-host-from-sources';
import { setPins, TEST_PINS } from '../fixtures/admin';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-fault-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
/** Root ignores file modes; the immutable attribute binds root too (chattr, as the test machine runs as root). */
const makeReadOnly = (dir: string): (() => void) => {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o500);
    return () => fs.chmodSync(dir, 0o700);
  }
  execFileSync('chattr', ['+i', dir]);
  return () => execFileSync('chattr', ['-i', dir]);
};
const coreOptions = { appVersion: '0.0.0-test', mediaBase: '/pack/', defaultPackDir: path.join(ROOT, 'assets/default-pack') };

/** A staff session on `core` (PINs set in its data dir beforehand): health is a staff call. */
const asStaff = async (core: { dispatch: (name: string, input: unknown, ctx: { transport: 'http' }) => Promise<{ ok: boolean; value?: unknown }> }) => {
  const answer = await core.dispatch('admin:sign-in', { pin: TEST_PINS.staff }, { transport: 'http' });
  if (!answer.ok) throw new Error(`sign-in refused: ${JSON.stringify(answer)}`);
  return { transport: 'http', sessionToken: (answer.value as { token: string }).token } as const;
};

describe('start-up faults: a bad config is a card, not an exit', () => {
  it.each(BAD_CONFIGS)('$kind: blocking fault naming file, key and problem; settings still valid', ({ text, key, problem }) => {
    const dir = tempDir();
    const file = path.join(dir, 'kiosk.config.json');
    fs.writeFileSync(file, text);
    const { settings, fault } = loadSettingsOrFault({ configFile: file });
    expect(fault).toMatchObject({ kind: 'config', file, key, blocking: true });
    expect(fault?.problem).toMatch(problem);
    expect(fault?.fix.en).toContain(file);
    expect(fault?.fix['zh-CN']).toContain(file);
    expect(settings.languages ?? [settings.defaultLanguage]).toContain(settings.defaultLanguage); // null: the pack's languages
  });

  it('keeps the valid settings of a file with one bad key, so the visit log is still written where it should be', () => {
    const dir = tempDir();
    const file = path.join(dir, 'kiosk.config.json');
    fs.writeFileSync(file, JSON.stringify({ dataDir: 'venue', kioskId: 'hall-2', idleSeconds: 'x', idleWarningSeconds: 30 }));
    const { settings, fault } = loadSettingsOrFault({ configFile: file });
    expect(fault?.key).toBe('idleSeconds');
    expect(settings).toMatchObject({ dataDir: path.join(dir, 'venue'), kioskId: 'hall-2', idleSeconds: 90, idleWarningSeconds: 30 });
  });

  it('never guesses a data folder: a bad dataDir or unreadable JSON runs in a throwaway folder', () => {
    const dir = tempDir();
    const file = path.join(dir, 'kiosk.config.json');
    fs.writeFileSync(file, '{ "dataDir": 7 }');
    expect(loadSettingsOrFault({ configFile: file }).settings.dataDir).toContain('changjiahui-kiosk-fallback-');
    fs.writeFileSync(file, '{ "dataDir": "venue", ');
    expect(loadSettingsOrFault({ configFile: file }).settings.dataDir).toContain('changjiahui-kiosk-fallback-');
  });

  it('a read-only data dir that already holds a database: the tour runs in memory, with a data-dir notice and an alert', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    const first = startCoreSafely(loadSettingsOrFault({ overrides: { dataDir } }), coreOptions);
    await first.dispatch('visit:start', { visitId: '0190e0a0-0000-7000-8000-000000000001', at: Date.now(), language: 'en', packId: 'p', packVersion: '1.0.0' }, { transport: 'http' });
    await first.close();
    await setPins(dataDir, TEST_PINS);
    const before = fs.readFileSync(path.join(dataDir, 'visits.sqlite'));
    const undo = makeReadOnly(dataDir);
    const core = startCoreSafely(loadSettingsOrFault({ overrides: { dataDir } }), coreOptions);
    try {
      expect(core.startupFault).toMatchObject({ kind: 'data-dir', blocking: false, file: dataDir });
      const info = await core.dispatch('app:info', {}, { transport: 'http' });
      expect(info).toMatchObject({ ok: true, value: { startupFault: { kind: 'data-dir' } } });
      const health = await core.dispatch('health:visit-log', {}, await asStaff(core));
      expect(health).toMatchObject({ ok: true, value: { databaseFile: ':memory:' } });
      expect(JSON.stringify(health)).toContain('visit-log-unavailable');
      expect((await core.dispatch('content:active', {}, { transport: 'http' })).ok).toBe(true);
    } finally {
      await core.close();
      undo();
    }
    expect(fs.readFileSync(path.join(dataDir, 'visits.sqlite')).equals(before)).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('a full data dir (1 MB tmpfs, filled): the start goes on in memory with a notice', async () => {
    const dataDir = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dataDir]);
    try {
      fs.writeFileSync(path.join(dataDir, 'filler'), Buffer.alloc(1024 * 1024 - 4096));
      try {
        fs.writeFileSync(path.join(dataDir, 'filler2'), Buffer.alloc(64 * 1024));
      } catch {
        // full now
      }
      const core = startCoreSafely(loadSettingsOrFault({ overrides: { dataDir } }), coreOptions);
      try {
        expect(core.startupFault).toMatchObject({ kind: 'data-dir', blocking: false });
        expect((await core.dispatch('content:active', {}, { transport: 'http' })).ok).toBe(true);
      } finally {
        await core.close();
      }
    } finally {
      execFileSync('umount', [dataDir]);
    }
  });

  it('a database from a newer version is set aside; the start goes on', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'visits.sqlite'));
    db.pragma('user_version = 9999');
    db.close();
    await setPins(dir, TEST_PINS);
    const core = startCoreSafely(loadSettingsOrFault({ overrides: { dataDir: dir } }), coreOptions);
    try {
      const health = await core.dispatch('health:visit-log', {}, await asStaff(core));
      expect(JSON.stringify(health)).toContain('visit-log-replaced');
      expect(fs.readdirSync(dir).some((name) => name.includes('.newer-'))).toBe(true);
    } finally {
      await core.close();
    }
  });
});

describe('web host with a bad config', () => {
  it.each(BAD_CONFIGS)('$kind: listens and serves the fault card data, no exit', async ({ text, key }) => {
    const dataDir = tempDir();
    const host = await startFromSources(dataDir, text);
    try {
      const response = await fetch(`${host.url}api/call/app:info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      const info = (await response.json()) as { ok: boolean; value: { startupFault: { key: string | null; blocking: boolean; file: string } } };
      expect(info.ok, host.stderr()).toBe(true);
      expect(info.value.startupFault).toMatchObject({ key, blocking: true, file: path.join(dataDir, 'kiosk.config.json') });
      expect(host.child.exitCode).toBeNull();
    } finally {
      host.child.kill('SIGTERM');
    }
  }, 30_000);
});
