import { useCallback, useEffect, useReducer, useRef, useSyncExternalStore } from 'react';
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
  const [{ state, now }, dispatch] = useReducer(
    (current: Clocked, input: IdleInput): Clocked => {
      const next = idleReducer(current.state, input, config);
      // Re-render on ticks only while the countdown shows (it needs the time).
      if (next === current.state && next.phase !== 'warning') return current;
      return { state: next, now: input.at };
    },
    undefined,
    (): Clocked => ({ state: initialIdleState(Date.now()), now: Date.now() }),
  );
  const playing = useSyncExternalStore(subscribeNarration, () => getNarrationState().status === 'playing');
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    dispatch({ type: 'reset', at: Date.now() });
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
  }, [enabled]);

  useEffect(() => {
    if (enabled) dispatch({ type: 'narration', playing, at: Date.now() });
  }, [enabled, playing]);

  useEffect(() => {
    if (enabled && state.phase === 'expired') expire.current();
  }, [enabled, state.phase]);

  const touch = useCallback(() => dispatch({ type: 'touch', at: Date.now() }), []);
  return {
    phase: enabled ? state.phase : 'active',
    secondsLeft: secondsLeft(state, config, now),
    touch,
  };
};
