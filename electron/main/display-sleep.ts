import type { PowerSaveBlocker } from 'electron';
import type { KioskCore } from '../core/kiosk-core';
import { keepDisplayAwake } from './lifecycle';

/**
 * Keeps the display awake while the venue is open and lets it sleep while closed
 * (the closed card is dark anyway): the blocker is taken at each opening and
 * released at each closing. Returns the function that stops following the hours.
 */
export const keepDisplayAwakeWhileOpen = (
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop'>,
  opening: KioskCore['opening'],
): (() => void) => {
  let id: number | null = null;
  return opening.onChange((open) => {
    if (open && id === null) id = keepDisplayAwake(blocker);
    else if (!open && id !== null) {
      blocker.stop(id);
      id = null;
    }
  });
};
