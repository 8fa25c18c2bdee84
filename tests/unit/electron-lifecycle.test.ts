import type { App, BrowserWindow, PowerSaveBlocker } from 'electron';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, keepDisplayAwake, registerLifecycle } from '../../electron/main/lifecycle';
import { asElectron, createMemoryLog, fakeEvent, FakeApp, FakeBrowserWindow, FakeEmitter, FakeMenu, FakePowerSaveBlocker } from '../fixtures/fake-electron';

const lifecycle = (devMode = false, closeCore: () => Promise<void> = async () => undefined, timeoutMs = 1_000) => {
  const app = new FakeApp();
  const window = new FakeBrowserWindow({});
  const signals = new FakeEmitter();
  const log = createMemoryLog();
  const life = registerLifecycle({
    app: asElectron<App>(app),
    window: asElectron<BrowserWindow>(window),
    devMode,
    closeCore,
    log,
    signals: asElectron<NodeJS.Process>(signals),
    timeoutMs,
  });
  return { app, window, signals, life, log };
};

describe('single instance', () => {
  it('the first instance keeps the lock; a second start focuses its window', () => {
    const app = new FakeApp();
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    expect(claimSingleInstance(asElectron<App>(app), () => asElectron<BrowserWindow>(window))).toBe(true);
    app.emit('second-instance', fakeEvent(), ['kiosk'], '/');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(app.methods()).not.toContain('quit');
  });

  it('a second instance quits at once', () => {
    const app = new FakeApp();
    app.hasLock = false;
    expect(claimSingleInstance(asElectron<App>(app), () => null)).toBe(false);
    expect(app.methods()).toEqual(['requestSingleInstanceLock', 'quit']);
  });
});

describe('display and menu', () => {
  it('keeps the display awake', () => {
    const blocker = new FakePowerSaveBlocker();
    expect(keepDisplayAwake(asElectron<PowerSaveBlocker>(blocker))).toBe(1);
    expect(blocker.started).toEqual(['prevent-display-sleep']);
  });

  it('the fake Menu records a removed application menu', () => {
    const menu = new FakeMenu();
    menu.setApplicationMenu(null);
    expect(menu.applicationMenus).toEqual([null]);
  });
});

describe('shutdown', () => {
  it('before-quit flushes and closes the core, then exits', async () => {
    const order: string[] = [];
    const t = lifecycle(false, async () => void order.push('core closed'));
    const event = fakeEvent();
    t.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(t.life.isQuitting()).toBe(true);
    await t.life.shutdown('again');
    expect(order).toEqual(['core closed']);
    expect(t.app.calls).toEqual([{ method: 'exit', args: [0] }]);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'])('%s closes the core once and exits', async (signal) => {
    let closes = 0;
    const t = lifecycle(false, async () => void closes++);
    t.signals.emit(signal);
    t.signals.emit(signal);
    await t.life.shutdown('test');
    expect(closes).toBe(1);
    expect(t.app.methods()).toEqual(['exit']);
  });

  it('a Windows session end flushes too (it skips before-quit)', async () => {
    let closes = 0;
    const t = lifecycle(false, async () => void closes++);
    t.window.emit('session-end', fakeEvent());
    await t.life.shutdown('test');
    expect(closes).toBe(1);
    expect(t.app.methods()).toEqual(['exit']);
  });

  it('logs crashed helper processes (GPU) for staff', () => {
    const t = lifecycle(false);
    t.app.emit('child-process-gone', fakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 1 });
    expect(t.log.lines).toContainEqual({ level: 'warn', message: 'child process gone', data: { type: 'GPU', reason: 'crashed' } });
  });

  it('exits even when the core never finishes closing', async () => {
    const t = lifecycle(false, () => new Promise<void>(() => undefined), 20);
    await t.life.shutdown('SIGTERM');
    expect(t.app.methods()).toEqual(['exit']);
    expect(t.log.messages('error')).toContain('core close timed out');
  });

  it('in production the window refuses to close unless the app is quitting', async () => {
    const t = lifecycle(false);
    const early = fakeEvent();
    t.window.emit('close', early);
    expect(early.defaultPrevented).toBe(true);
    await t.life.shutdown('SIGTERM');
    const late = fakeEvent();
    t.window.emit('close', late);
    expect(late.defaultPrevented).toBe(false);
  });

  it('in devMode the window closes and the app shuts down', async () => {
    const t = lifecycle(true);
    const event = fakeEvent();
    t.window.emit('close', event);
    expect(event.defaultPrevented).toBe(false);
    t.app.emit('window-all-closed');
    await t.life.shutdown('x');
    expect(t.app.methods()).toEqual(['exit']);
  });
});
