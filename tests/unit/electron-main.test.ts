import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as electron from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEND_CHANNEL } from '../../electron/shared/channels';
import { callChannel, calls, type CallName } from '../../electron/shared/contract';
import { fakeEvent, FakeBrowserWindow, type FakeElectron } from '../fixtures/fake-electron';

// The composition root against the fake module: every register* step must have happened, in order.
vi.mock('electron', async () => (await import('../fixtures/fake-electron')).createFakeElectron());

const fake = electron as unknown as FakeElectron;
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
const saved = { config: process.env.KIOSK_CONFIG, quiet: process.env.KIOSK_QUIET };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-main-'));
  fs.writeFileSync(path.join(dir, 'kiosk.config.json'), JSON.stringify({ dataDir: 'data', kioskId: 'test-kiosk' }));
  process.env.KIOSK_CONFIG = path.join(dir, 'kiosk.config.json');
  process.env.KIOSK_QUIET = '1';
  fake.app.appPath = ROOT;
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances.at(-1)?.webContents.loaded).toEqual(['app://kiosk/']));
});

afterAll(async () => {
  fake.app.emit('before-quit', fakeEvent());
  await vi.waitFor(() => expect(fake.app.methods()).toContain('exit'));
  process.env.KIOSK_CONFIG = saved.config;
  process.env.KIOSK_QUIET = saved.quiet;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('electron/main/index.ts (composition root)', () => {
  it('before ready: sandbox for all renderers, kiosk switches, app:// privileged, single-instance lock', () => {
    expect(fake.app.sandboxEnabled).toBe(true);
    expect(fake.app.switches.map(([name]) => name)).toContain('disable-pinch');
    expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(fake.app.methods()[0]).toBe('requestSingleInstanceLock');
  });

  it('removes the menu, serves app://, denies permissions and keeps the display awake', () => {
    expect(fake.Menu.applicationMenus).toEqual([null]);
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    expect(fake.session.defaultSession.permissionCheckHandler?.(null, 'media', 'app://kiosk', {})).toBe(false);
    expect(fake.powerSaveBlocker.started).toEqual(['prevent-display-sleep']);
  });

  it('creates one hardened kiosk window with the built preload', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const win = FakeBrowserWindow.instances[0];
    expect(win?.options).toMatchObject({ kiosk: true, show: false, webPreferences: { sandbox: true, contextIsolation: true, devTools: false } });
    expect(win?.options.webPreferences?.preload).toBe(path.join(ROOT, 'dist', 'electron', 'preload.cjs'));
    expect(win?.webContents.windowOpenHandler).not.toBeNull();
  });

  it('binds every contract call, answering only the kiosk window, through the real core', async () => {
    const names = Object.keys(calls) as CallName[];
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...names.map(callChannel), SEND_CHANNEL].sort());
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    if (!contents) throw new Error('no window');
    const info = await fake.ipcMain.invoke(callChannel('app:info'), { sender: contents, senderFrame: contents.mainFrame }, {});
    expect(info).toMatchObject({ ok: true, value: { kioskId: 'test-kiosk', shell: 'electron', mediaBase: 'app://kiosk/pack/' } });
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(true);
  });
});
