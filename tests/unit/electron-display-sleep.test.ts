import type { PowerSaveBlocker } from 'electron';
import { describe, expect, it } from 'vitest';
import { createOpeningSchedule } from '../../electron/core/opening-schedule';
import { keepDisplayAwakeWhileOpen } from '../../electron/main/display-sleep';
import { asElectron, FakePowerSaveBlocker } from '../fixtures/fake-electron';

describe('electron/main/display-sleep.ts', () => {
  it('holds the power-save blocker while open and releases it while closed', () => {
    let now = new Date(2026, 11, 3, 16, 59, 50);
    const opening = createOpeningSchedule({
      now: () => now,
      hours: () => ({ openingHours: { daily: { open: '09:00', close: '17:00' } }, nightlyRestart: null }),
      visitInProgress: () => false,
      flush: () => {},
    });
    const blocker = new FakePowerSaveBlocker();
    keepDisplayAwakeWhileOpen(asElectron<PowerSaveBlocker>(blocker), opening);
    expect(blocker.started).toEqual(['prevent-display-sleep']);
    now = new Date(2026, 11, 3, 17, 0, 5);
    opening.tick();
    expect(blocker.stopped).toEqual([1]);
    now = new Date(2026, 11, 4, 9, 0, 5);
    opening.tick();
    expect(blocker.started).toEqual(['prevent-display-sleep', 'prevent-display-sleep']);
    expect(blocker.stopped).toEqual([1]);
  });
});
