import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { callChannel } from '../../electron/shared/contract';
import { BAD_CONFIGS } from '../fixtures/bad-configs';
import type { FakeElectron } from '../fixtures/fake-electron';

// The Electron composition root, started five times with a bad kiosk.config.json: each must open its
// window and answer app:info with the fault card's data, never call app.exit (a restart loop under systemd).
vi.mock('electron', async () => (await import('../fixtures/fake-electron')).createFakeElectron());

const ROOT = path.resolve(import.meta.dirname, '../..');
const saved = { config: process.env.KIOSK_CONFIG, quiet: process.env.KIOSK_QUIET };
const dirs: string[] = [];
afterAll(() => {
  process.env.KIOSK_CONFIG = saved.config;
  process.env.KIOSK_QUIET = saved.quiet;
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('electron shell with a bad config', () => {
  it.each(BAD_CONFIGS)('$kind: shows the configuration error card, no exit', async ({ text, key }) => {
    vi.resetModules();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bad-config-'));
    dirs.push(dir);
    const file = path.join(dir, 'kiosk.config.json');
    fs.writeFileSync(file, text);
    process.env.KIOSK_CONFIG = file;
    process.env.KIOSK_QUIET = '1';
    const fake = (await import('electron')) as unknown as FakeElectron;
    fake.app.appPath = ROOT;
    // The mocked module outlives vi.resetModules: forget the previous start's IPC handlers and windows.
    fake.ipcMain.handlers.clear();
    const windows = fake.BrowserWindow.instances;
    const before = { windows: windows.length, calls: fake.app.methods().length };
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(windows.length).toBe(before.windows + 1));
    const contents = windows.at(-1)?.webContents;
    await vi.waitFor(() => expect(contents?.loaded).toEqual(['app://kiosk/']));
    if (!contents) throw new Error('no window');
    const info = await fake.ipcMain.invoke(callChannel('app:info'), { sender: contents, senderFrame: contents.mainFrame }, {});
    expect(info).toMatchObject({ ok: true, value: { startupFault: { kind: 'config', file, key, blocking: true } } });
    expect(fake.app.methods().slice(before.calls)).not.toContain('exit');
    fake.app.emit('before-quit', { preventDefault() {} });
    await vi.waitFor(() => expect(fake.app.methods().slice(before.calls)).toContain('exit'));
  });
});
