import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, MAX_DELAY_MS } from '../../electron/main/crash-policy';
import { registerCrashRecovery } from '../../electron/main/crash-recovery';
import { asElectron, createMemoryLog, fakeEvent, FakeBrowserWindow } from '../fixtures/fake-electron';

const START = 'app://kiosk/';

/** The recovery wired to a fake window, a settable clock and a manual scheduler. */
const setup = (relaunches = 0, policy = { maxReloads: 3, windowSeconds: 60, maxRelaunches: 2 }) => {
  const window = new FakeBrowserWindow({});
  const log = createMemoryLog();
  let now = 1_000_000;
  const scheduled: Array<{ run: () => void; delayMs: number }> = [];
  const relaunched: number[] = [];
  let quitting = false;
  const recovery = registerCrashRecovery({
    window: asElectron<BrowserWindow>(window),
    policy,
    relaunches,
    startUrl: START,
    log,
    relaunch: (count) => relaunched.push(count),
    isQuitting: () => quitting,
    now: () => now,
    schedule: (run, delayMs) => scheduled.push({ run, delayMs }),
  });
  const crash = (reason = 'crashed') => window.webContents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 139 });
  /** Runs the pending reload, then lets `ms` pass. */
  const runPending = (ms = 1_000) => {
    scheduled.at(-1)?.run();
    now += ms;
  };
  return { window, log, recovery, scheduled, relaunched, crash, runPending, setQuitting: () => (quitting = true) };
};

describe('crash recovery', () => {
  it('reloads the start page after a crash, with growing delays', () => {
    const t = setup();
    t.crash();
    expect(t.scheduled.map((s) => s.delayMs)).toEqual([BASE_DELAY_MS]);
    expect(t.window.webContents.loaded).toEqual([]);
    t.runPending();
    expect(t.window.webContents.loaded).toEqual([START]);
    t.crash();
    t.runPending();
    t.crash();
    expect(t.scheduled.map((s) => s.delayMs)).toEqual([BASE_DELAY_MS, 2 * BASE_DELAY_MS, 4 * BASE_DELAY_MS]);
    expect(t.log.messages('error')).toEqual(['renderer gone', 'renderer gone', 'renderer gone']);
  });

  it('ignores further crashes while a reload is pending', () => {
    const t = setup();
    t.crash();
    t.crash();
    expect(t.scheduled).toHaveLength(1);
  });

  it('relaunches the app after maxReloads reloads in the window, carrying the count', () => {
    const t = setup(0);
    for (let i = 0; i < 3; i++) {
      t.crash();
      t.runPending();
    }
    expect(t.relaunched).toEqual([]);
    t.crash();
    expect(t.relaunched).toEqual([1]);
    expect(t.scheduled).toHaveLength(3);
  });

  it('enters attract-only mode after maxRelaunches relaunches in a row', () => {
    const t = setup(2);
    for (let i = 0; i < 3; i++) {
      t.crash();
      t.runPending();
    }
    expect(t.recovery.attractOnly()).toBe(false);
    t.crash();
    expect(t.relaunched).toEqual([]);
    expect(t.recovery.attractOnly()).toBe(true);
    expect(t.scheduled.at(-1)?.delayMs).toBe(MAX_DELAY_MS);
    t.runPending();
    expect(t.window.webContents.loaded.at(-1)).toBe(START);
  });

  it('kills a hung renderer, counts it once, and reloads', () => {
    const t = setup();
    t.window.emit('unresponsive');
    expect(t.window.webContents.crashedByShell).toBe(1);
    // The kill makes Chromium report the renderer gone: that is our own doing, not a second incident.
    t.crash('killed');
    expect(t.scheduled).toHaveLength(1);
    expect(t.log.messages('error')).toEqual(['renderer unresponsive']);
    t.runPending();
    expect(t.window.webContents.loaded).toEqual([START]);
  });

  it('does nothing while the app quits', () => {
    const t = setup();
    t.setQuitting();
    t.crash('clean-exit');
    expect(t.scheduled).toEqual([]);
    expect(t.relaunched).toEqual([]);
  });
});

describe('crash events in SQLite', () => {
  it('each crash and hang is handed to `record` (core.alert) with what was done about it', () => {
    const window = new FakeBrowserWindow({});
    const recorded: Array<[string, string]> = [];
    registerCrashRecovery({
      window: asElectron<BrowserWindow>(window),
      policy: { maxReloads: 1, windowSeconds: 60, maxRelaunches: 1 },
      relaunches: 0,
      startUrl: START,
      log: createMemoryLog(),
      record: (kind, message) => void recorded.push([kind, message]),
      relaunch: () => undefined,
      isQuitting: () => false,
      now: () => 1_000_000,
      schedule: (run) => run(),
    });
    window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 139 });
    window.emit('unresponsive');
    expect(recorded).toEqual([
      ['renderer-gone', 'renderer gone (reason crashed, exitCode 139); recovery: reload in 1 s'],
      ['renderer-unresponsive', 'renderer unresponsive; recovery: relaunch the app'],
    ]);
  });
});
