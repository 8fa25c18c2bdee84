import { useCallback, useEffect, useRef, useState } from 'react';
import { getNarrationState, subscribeNarration } from '../audio/narration-audio';
import {
  idleReducer,
  initialIdleState,
  secondsLeft,
  type IdleConfig,
  type IdleInput,
  type IdleState,
} from '../idle/idle-machine';

/** How often the guard looks at the clock. */
const TICK_MS = 250;

type Clocked = Readonly<{ state: IdleState; now: number }>;

export type IdleGuard = Readonly<{
  phase: IdleState['phase'];
  secondsLeft: number;
  /** An explicit "I'm still here" (the overlay's button), besides any pointerdown. */
  touch: () => void;
}>;

/**
 * Thin hook around the idle state machine: feeds it touches (any pointerdown or
 * key), narration playing/stopped, and clock ticks while `enabled`. Calls
 * `onExpire` once when the warning runs out.
 */
export const useIdleGuard = (config: IdleConfig, enabled: boolean, onExpire: () => void): IdleGuard => {
  // The machine lives in a ref; React hears only of what the screen shows
  // (the phase, and the time while the countdown shows). As React state,
  // every touch re-rendered the whole app inside the tap.
  const [{ state, now }, setShown] = useState<Clocked>(() => {
    const at = Date.now();
    return { state: initialIdleState(at), now: at };
  });
  const machine = useRef<IdleState>(state);
  const settings = useRef(config);
  useEffect(() => {
    settings.current = config;
  }, [config]);
  const dispatch = useCallback((input: IdleInput) => {
    const before = machine.current;
    const next = idleReducer(before, input, settings.current);
    machine.current = next;
    if (next.phase !== before.phase || next.phase === 'warning') setShown({ state: next, now: input.at });
  }, []);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    const at = Date.now();
    dispatch({ type: 'reset', at });
    setShown({ state: machine.current, now: at });
    if (!enabled) return undefined;
    const touch = () => dispatch({ type: 'touch', at: Date.now() });
    const timer = window.setInterval(() => dispatch({ type: 'tick', at: Date.now() }), TICK_MS);
    window.addEventListener('pointerdown', touch, {
      capture: true,
      passive: true,
    });
    window.addEventListener('keydown', touch, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', touch, { capture: true });
      window.removeEventListener('keydown', touch, { capture: true });
    };
  }, [enabled, dispatch]);

  // Narration feeds the machine directly. Read through React (useSyncExternalStore),
  // every start or stop re-rendered the whole app synchronously: ≈ 60 ms in the
  // middle of a chapter change.
  useEffect(() => {
    if (!enabled) return undefined;
    const feed = () =>
      dispatch({ type: 'narration', playing: getNarrationState().status === 'playing', at: Date.now() });
    feed();
    return subscribeNarration(feed);
  }, [enabled, dispatch]);

  useEffect(() => {
    if (enabled && state.phase === 'expired') expire.current();
  }, [enabled, state.phase]);

  const touch = useCallback(() => dispatch({ type: 'touch', at: Date.now() }), [dispatch]);
  return {
    phase: enabled ? state.phase : 'active',
    secondsLeft: secondsLeft(state, config, now),
    touch,
  };
};
