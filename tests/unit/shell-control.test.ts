import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerLifecycle } from '../../electron/main/lifecycle';
import { RELAUNCH_FLAG } from '../../electron/main/shell-args';
import { createElectronShellControl } from '../../electron/main/shell-control';
import { EXIT_CODES, exitActionFor } from '../../electron/shared/exit-codes';
import { callHttp, setPins, signInHttp, TEST_PINS } from '../fixtures/admin';
import { asElectron, createMemoryLog, FakeApp, FakeBrowserWindow, FakeEmitter } from '../fixtures/fake-electron';
import { startFromSources } from '../fixtures/web-host-from-sources';

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

describe('exit codes', () => {
  it('75 restarts, 78 stays on the desktop, anything else is passed on', () => {
    expect([EXIT_CODES.restart, EXIT_CODES.exitToDesktop, 0, 1, null].map(exitActionFor)).toEqual(['restart', 'desktop', 'pass-on', 'pass-on', 'pass-on']);
  });
});

describe('Electron shell control', () => {
  const electron = () => {
    const app = new FakeApp();
    const order: string[] = [];
    const life = registerLifecycle({
      app: asElectron<App>(app),
      window: asElectron<BrowserWindow>(new FakeBrowserWindow({})),
      devMode: false,
      closeCore: async () => void order.push('core closed'),
      log: createMemoryLog(),
      signals: asElectron<NodeJS.Process>(new FakeEmitter()),
    });
    const shell = createElectronShellControl({ app: asElectron<App>(app), argv: ['.', `${RELAUNCH_FLAG}=2`, '--config', 'k.json'], shutdown: life.shutdown });
    return { app, shell, order };
  };

  it('restart relaunches with the crash count reset, then closes the core and exits 0', async () => {
    const { app, shell, order } = electron();
    expect(shell.kind).toBe('electron');
    shell.restart('staff asked');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(app.methods()).toEqual(['relaunch', 'exit']);
    expect(app.calls[0]!.args[0]).toEqual({ args: ['.', '--config', 'k.json', `${RELAUNCH_FLAG}=0`] });
    expect(app.calls[1]!.args).toEqual([0]);
    expect(order).toEqual(['core closed']);
  });

  it('exit to desktop closes the core and exits 78 without a relaunch', async () => {
    const { app, shell, order } = electron();
    shell.exitToDesktop('admin asked');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(app.methods()).toEqual(['exit']);
    expect(app.calls[0]!.args).toEqual([EXIT_CODES.exitToDesktop]);
    expect(order).toEqual(['core closed']);
  });
});

describe('web host process', () => {
  const hostWithVisit = async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-shell-exit-'));
    await setPins(dataDir, TEST_PINS);
    const host = await startFromSources(dataDir);
    const visitId = randomUUID();
    // Sent fire-and-forget like the renderer does: it sits in the logger's batch until a flush.
    const sent = await fetch(`${host.url}api/send`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ name: 'visit:start', input: { visitId, at: Date.now(), language: 'en', packId: 'changjiahui-default', packVersion: '1.0.0' } }]),
    });
    expect(sent.ok).toBe(true);
    const visitsOnDisk = () => {
      const db = new Database(path.join(dataDir, 'visits.sqlite'), { readonly: true });
      const ids = (db.prepare('SELECT id FROM visits').all() as Array<{ id: string }>).map((r) => r.id);
      db.close();
      return ids;
    };
    return { host, visitId, visitsOnDisk, cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  };

  it('"restart the kiosk" flushes the visit log and exits with 75 for its supervisor', async () => {
    const { host, visitId, visitsOnDisk, cleanup } = await hostWithVisit();
    const token = await signInHttp(host.url, TEST_PINS.staff);
    expect(await callHttp(host.url, 'system:restart', {}, token)).toEqual({ ok: true, value: { restarting: true } });
    expect(await exited(host.child)).toBe(EXIT_CODES.restart);
    expect(visitsOnDisk()).toEqual([visitId]);
    cleanup();
  }, 30_000);

  it('"exit to desktop" with the admin PIN exits with 78; a staff PIN leaves it running', async () => {
    const { host, visitId, visitsOnDisk, cleanup } = await hostWithVisit();
    const token = await signInHttp(host.url, TEST_PINS.staff);
    expect(await callHttp(host.url, 'system:exit-to-desktop', { pin: TEST_PINS.staff }, token)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(host.child.exitCode).toBeNull();
    expect(await callHttp(host.url, 'system:exit-to-desktop', { pin: TEST_PINS.admin }, token)).toEqual({ ok: true, value: { exiting: true } });
    expect(await exited(host.child)).toBe(EXIT_CODES.exitToDesktop);
    expect(visitsOnDisk()).toEqual([visitId]);
    cleanup();
  }, 30_000);
});
