import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMain, WebContents } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskCore, type KioskCore } from '../../electron/core/kiosk-core';
import { Settings } from '../../electron/core/settings';
import { MEDIA_BASE } from '../../electron/main/app-protocol';
import { forwardEvents, registerIpcHandlers } from '../../electron/main/ipc-binding';
import { MAX_SEND_BATCH, SEND_CHANNEL } from '../../electron/shared/channels';
import { callChannel, calls, EVENT_CHANNEL } from '../../electron/shared/contract';
import { setPins } from '../fixtures/admin';
import { asElectron, createMemoryLog, FakeIpcMain, FakeWebContents, type FakeInvokeEvent } from '../fixtures/fake-electron';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLED_PACK = path.join(ROOT, 'assets', 'default-pack');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real core on a temp data dir; the content is read lazily, so these calls need no pack. */
const realCore = (): KioskCore => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-ipc-'));
  const packDir = fs.existsSync(path.join(BUNDLED_PACK, 'manifest.json')) ? BUNDLED_PACK : path.join(dataDir, 'no-pack');
  const core = createKioskCore({
    settings: Settings.parse({ dataDir }),
    appVersion: '0.1.0',
    shell: { kind: 'electron', restart: () => undefined, exitToDesktop: () => undefined },
    mediaBase: MEDIA_BASE,
    defaultPackDir: packDir,
    log: createMemoryLog(),
    attractOnly: () => true,
  });
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }), core.close);
  return core;
};

const bound = () => {
  const ipcMain = new FakeIpcMain();
  const contents = new FakeWebContents();
  const core = realCore();
  const unbind = registerIpcHandlers({ ipcMain: asElectron<IpcMain>(ipcMain), core, contents: asElectron<WebContents>(contents) });
  const fromKiosk: FakeInvokeEvent = { sender: contents, senderFrame: contents.mainFrame };
  return { ipcMain, contents, core, unbind, fromKiosk };
};

describe('IPC binding', () => {
  it('binds exactly one namespaced channel per contract call, plus the send batch channel', () => {
    const { ipcMain, unbind } = bound();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...Object.keys(calls).map((name) => callChannel(name as keyof typeof calls)), SEND_CHANNEL].sort());
    expect([...ipcMain.handlers.keys()].every((channel) => channel.startsWith('kiosk:'))).toBe(true);
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers the kiosk window through the real core', async () => {
    const { ipcMain, fromKiosk } = bound();
    const echo = await ipcMain.invoke(callChannel('app:echo'), fromKiosk, { text: '长嘉汇' });
    expect(echo).toMatchObject({ ok: true, value: { text: '长嘉汇' } });
    const info = await ipcMain.invoke(callChannel('app:info'), fromKiosk, {});
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', mediaBase: 'app://kiosk/pack/', settings: { attractOnly: true } } });
  });

  it('gives each page load its own pageId: after a reload the old page\'s visit is interrupted and closed to it', async () => {
    const { ipcMain, contents, core, fromKiosk } = bound();
    contents.emit('did-navigate');
    const visitId = '0190e0a0-0000-7000-8000-0000000000aa';
    const at = Date.now();
    const startInput = { visitId, at, language: 'en', packId: 'p', packVersion: '1.0.0' };
    expect(await ipcMain.invoke(callChannel('visit:start'), fromKiosk, startInput)).toMatchObject({ ok: true });
    contents.emit('did-navigate'); // reload: a new page
    const late = await ipcMain.invoke(callChannel('visit:end'), fromKiosk, { visitId, at: at + 5, reason: 'finish' });
    expect(late).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const info = await core.dispatch('app:info', {}, { transport: 'ipc' });
    expect(info.ok).toBe(true);
  });

  it('passes an invalid payload to the dispatcher, which names the field', async () => {
    const { ipcMain, fromKiosk } = bound();
    const answer = await ipcMain.invoke(callChannel('app:echo'), fromKiosk, { text: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'text' } });
    const extra = await ipcMain.invoke(callChannel('app:echo'), fromKiosk, { text: 'hi', admin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses another webContents', async () => {
    const { ipcMain } = bound();
    const stranger = new FakeWebContents();
    const answer = await ipcMain.invoke(callChannel('app:echo'), { sender: stranger, senderFrame: stranger.mainFrame }, { text: 'hi' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses our window when it shows a foreign page, an iframe, or no frame', async () => {
    const { ipcMain, contents } = bound();
    const channel = callChannel('app:echo');
    contents.mainFrame = { url: 'https://example.com/', parent: null };
    expect(await ipcMain.invoke(channel, { sender: contents, senderFrame: contents.mainFrame }, { text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    contents.mainFrame = { url: 'app://kiosk/', parent: null };
    const iframe = { url: 'app://kiosk/frame.html', parent: contents.mainFrame };
    expect(await ipcMain.invoke(channel, { sender: contents, senderFrame: iframe }, { text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipcMain.invoke(channel, { sender: contents, senderFrame: null }, { text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('takes the session token from the third invoke argument; privileged calls without one are refused', async () => {
    const { ipcMain, fromKiosk, core } = bound();
    expect(await ipcMain.invoke(callChannel('packs:status'), fromKiosk, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await ipcMain.invoke(callChannel('packs:status'), fromKiosk, {}, { session: 'object, not a token' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    await setPins(core.settings.dataDir, { staff: '2468' });
    const signIn = (await ipcMain.invoke(callChannel('admin:sign-in'), fromKiosk, { pin: '2468' })) as { ok: true; value: { token: string } };
    expect(signIn).toMatchObject({ ok: true, value: { role: 'staff' } });
    expect(await ipcMain.invoke(callChannel('packs:status'), fromKiosk, {}, signIn.value.token)).toMatchObject({ ok: true });
    expect(await ipcMain.invoke(callChannel('stats:summary'), fromKiosk, { from: '2026-01-01', to: '2026-01-01' }, signIn.value.token)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('kiosk:send dispatches visitor calls in order, refuses privileged items, and refuses an oversized batch whole', async () => {
    const { ipcMain, fromKiosk } = bound();
    const answer = await ipcMain.invoke(SEND_CHANNEL, fromKiosk, [
      { name: 'app:echo', input: { text: 'a' } },
      { name: 'packs:rollback', input: {} },
      { name: 'app:echo', input: { text: 'b' } },
    ]);
    expect(answer).toMatchObject([{ ok: true, value: { text: 'a' } }, { ok: false, error: { code: 'forbidden' } }, { ok: true, value: { text: 'b' } }]);
    const tooMany = Array.from({ length: MAX_SEND_BATCH + 1 }, () => ({ name: 'app:echo', input: { text: 'x' } }));
    expect(await ipcMain.invoke(SEND_CHANNEL, fromKiosk, tooMany)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(`at most ${MAX_SEND_BATCH}`) } });
    expect(await ipcMain.invoke(SEND_CHANNEL, fromKiosk, 'not an array')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const stranger = new FakeWebContents();
    expect(await ipcMain.invoke(SEND_CHANNEL, { sender: stranger, senderFrame: stranger.mainFrame }, [])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('forwards core events to the window on the event channel until unsubscribed', () => {
    const { core, contents } = bound();
    const stop = forwardEvents(core.bus, asElectron<WebContents>(contents));
    core.bus.emit('content:changed', { packId: 'changjiahui', version: '1.0.1' });
    expect(contents.sent).toEqual([{ channel: EVENT_CHANNEL, args: [{ name: 'content:changed', payload: { packId: 'changjiahui', version: '1.0.1' } }] }]);
    contents.destroyed = true;
    core.bus.emit('content:changed', { packId: 'changjiahui', version: '1.0.2' });
    expect(contents.sent).toHaveLength(1);
    contents.destroyed = false;
    stop();
    core.bus.emit('content:changed', { packId: 'changjiahui', version: '1.0.3' });
    expect(contents.sent).toHaveLength(1);
  });
});
