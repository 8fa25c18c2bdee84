import { describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, decideRecovery, MAX_DELAY_MS, relaunchesInARow, type CrashPolicy } from '../../electron/main/crash-policy';

const policy: CrashPolicy = { maxReloads: 3, windowSeconds: 60, maxRelaunches: 2 };
const T0 = 1_700_000_000_000;
const history = (reloads: number[], relaunches = 0, launchedAt = T0) => ({ reloads, relaunches, launchedAt });

describe('crash policy', () => {
  it('reloads after a first crash with the base delay', () => {
    expect(decideRecovery(history([]), T0 + 5_000, policy)).toEqual({ action: 'reload', delayMs: BASE_DELAY_MS });
  });

  it('doubles the delay for each reload within the window', () => {
    const now = T0 + 10_000;
    expect(decideRecovery(history([now - 3_000]), now, policy)).toEqual({ action: 'reload', delayMs: 2 * BASE_DELAY_MS });
    expect(decideRecovery(history([now - 3_000, now - 2_000]), now, policy)).toEqual({ action: 'reload', delayMs: 4 * BASE_DELAY_MS });
  });

  it('caps the delay', () => {
    const wide: CrashPolicy = { maxReloads: 20, windowSeconds: 600, maxRelaunches: 2 };
    const now = T0 + 100_000;
    const reloads = Array.from({ length: 10 }, (_, i) => now - 1_000 * (i + 1));
    expect(decideRecovery(history(reloads), now, wide)).toEqual({ action: 'reload', delayMs: MAX_DELAY_MS });
  });

  it('forgets reloads older than the window', () => {
    const now = T0 + 200_000;
    const old = [now - 61_000, now - 62_000, now - 63_000];
    expect(decideRecovery(history(old), now, policy)).toEqual({ action: 'reload', delayMs: BASE_DELAY_MS });
  });

  it('relaunches once maxReloads reloads happened within the window', () => {
    const now = T0 + 30_000;
    expect(decideRecovery(history([now - 20_000, now - 10_000, now - 1_000]), now, policy)).toEqual({ action: 'relaunch' });
  });

  it('goes attract-only after maxRelaunches relaunches in a row', () => {
    const now = T0 + 30_000;
    const full = [now - 20_000, now - 10_000, now - 1_000];
    expect(decideRecovery(history(full, 1), now, policy)).toEqual({ action: 'relaunch' });
    expect(decideRecovery(history(full, 2), now, policy)).toEqual({ action: 'attract-only', delayMs: MAX_DELAY_MS });
  });

  it('goes straight to attract-only when relaunching is switched off', () => {
    const now = T0 + 30_000;
    const noRelaunch: CrashPolicy = { ...policy, maxRelaunches: 0 };
    expect(decideRecovery(history([now - 3, now - 2, now - 1]), now, noRelaunch).action).toBe('attract-only');
  });

  it('starts the relaunch count afresh after a long healthy run', () => {
    const longAfter = T0 + 10 * 60_000;
    const full = [longAfter - 3_000, longAfter - 2_000, longAfter - 1_000];
    expect(relaunchesInARow(history([], 2), T0 + 1_000, policy)).toBe(2);
    expect(relaunchesInARow(history([], 2), longAfter, policy)).toBe(0);
    expect(decideRecovery(history(full, 2), longAfter, policy)).toEqual({ action: 'relaunch' });
  });

  it('is pure: the same inputs give the same answer', () => {
    const h = history([T0 + 1, T0 + 2]);
    expect(decideRecovery(h, T0 + 3, policy)).toEqual(decideRecovery(h, T0 + 3, policy));
    expect(h.reloads).toEqual([T0 + 1, T0 + 2]);
  });
});
