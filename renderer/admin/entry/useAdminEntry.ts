import { useEffect, useRef } from 'react';
import { ENTRY_HOLD_MS, inEntryCorner, isEntryKey, movedTooFar } from './entry-corner';

/**
 * The hidden admin entry: a 3 s hold in the top-left corner of the attract
 * screen (while `holdEnabled`) or Ctrl+Alt+A (while `keyEnabled`) calls
 * `onOpen`. Nothing is drawn: it listens on the window, so the attract screen
 * and its tap-to-start stay as they are — a short tap in the corner still
 * reaches the screen and starts a visit. Only the click that ends a hold that
 * opened admin mode is swallowed, so it neither starts a visit nor presses
 * whatever the PIN pad put under the finger.
 */
export const useAdminEntry = (holdEnabled: boolean, keyEnabled: boolean, onOpen: () => void): void => {
  const open = useRef(onOpen);
  const enabled = useRef(holdEnabled);
  useEffect(() => {
    open.current = onOpen;
    enabled.current = holdEnabled;
  }, [onOpen, holdEnabled]);

  // Listens for the page's whole life (the flag is read per press): the click
  // that ends an opening hold arrives after admin mode took the screen.
  useEffect(() => {
    let hold: { id: number; x: number; y: number; timer: number } | null = null;
    let swallowClick = false;
    const options = { capture: true, passive: true } as const;
    const stop = () => {
      if (hold) window.clearTimeout(hold.timer);
      hold = null;
      // Moves are watched only during a hold: the tour's panorama drags pay nothing.
      window.removeEventListener('pointermove', move, options);
    };
    const move = (event: PointerEvent) => {
      if (hold && event.pointerId === hold.id && movedTooFar(hold.x, hold.y, event.clientX, event.clientY)) stop();
    };
    const down = (event: PointerEvent) => {
      swallowClick = false; // a click that never came (finger lifted elsewhere) must not eat the next tap's
      stop();
      if (!enabled.current || !event.isPrimary || !inEntryCorner(event.clientX, event.clientY)) return;
      const timer = window.setTimeout(() => {
        hold = null;
        if (!enabled.current) return;
        swallowClick = true;
        open.current();
      }, ENTRY_HOLD_MS);
      hold = { id: event.pointerId, x: event.clientX, y: event.clientY, timer };
      window.addEventListener('pointermove', move, options);
    };
    const click = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
      event.preventDefault();
    };
    window.addEventListener('pointerdown', down, options);
    window.addEventListener('pointerup', stop, options);
    window.addEventListener('pointercancel', stop, options);
    window.addEventListener('click', click, { capture: true });
    return () => {
      stop();
      window.removeEventListener('pointerdown', down, options);
      window.removeEventListener('pointerup', stop, options);
      window.removeEventListener('pointercancel', stop, options);
      window.removeEventListener('click', click, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!keyEnabled) return undefined;
    const key = (event: KeyboardEvent) => {
      if (!isEntryKey(event)) return;
      event.preventDefault();
      open.current();
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [keyEnabled]);
};
