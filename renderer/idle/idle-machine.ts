/**
 * The idle guard as a pure state machine: no timers, no DOM. The hook feeds it
 * touches, narration changes and clock ticks; it answers which phase the visit is in.
 */

/** Durations in milliseconds (from the kiosk settings). */
export type IdleConfig = Readonly<{
  /** No touch for this long → "Still there?" warning. */
  idleMs: number;
  /** The warning's countdown. */
  warningMs: number;
  /** Narration playing postpones the warning, but never beyond this long since the last touch. */
  narrationCapMs: number;
}>;

export type IdlePhase = 'active' | 'warning' | 'expired';

export type IdleState = Readonly<{
  phase: IdlePhase;
  /** Last touch (or reset). */
  lastTouchAt: number;
  /** Last moment narration was known to be playing; null when it is not. */
  narrationSince: number | null;
  /** Last moment narration stopped playing (it counts as activity). */
  narrationUntil: number;
  warningAt: number | null;
}>;

export type IdleInput =
  | Readonly<{ type: 'touch'; at: number }>
  | Readonly<{ type: 'narration'; playing: boolean; at: number }>
  | Readonly<{ type: 'tick'; at: number }>
  | Readonly<{ type: 'reset'; at: number }>;

/** A fresh, active state. */
export const initialIdleState = (at: number): IdleState => ({
  phase: 'active',
  lastTouchAt: at,
  narrationSince: null,
  narrationUntil: at,
  warningAt: null,
});

/** When the warning is due, given the state (narration postpones it, up to the cap). */
export const warningDueAt = (state: IdleState, config: IdleConfig, now: number): number => {
  const lastActivity = Math.max(state.lastTouchAt, state.narrationSince !== null ? now : state.narrationUntil);
  return Math.min(lastActivity + config.idleMs, state.lastTouchAt + Math.max(config.narrationCapMs, config.idleMs));
};

const advance = (state: IdleState, config: IdleConfig, now: number): IdleState => {
  if (state.phase === 'expired') return state;
  if (state.phase === 'warning') {
    const warningAt = state.warningAt ?? now;
    return now - warningAt >= config.warningMs ? { ...state, phase: 'expired' } : state;
  }
  const due = warningDueAt(state, config, now);
  if (now < due) return state;
  const warned: IdleState = { ...state, phase: 'warning', warningAt: due };
  return advance(warned, config, now);
};

/** The next state. A touch during the warning keeps the visit; nothing revives an expired one but reset. */
export const idleReducer = (state: IdleState, input: IdleInput, config: IdleConfig): IdleState => {
  switch (input.type) {
    case 'reset':
      return initialIdleState(input.at);
    case 'touch': {
      const current = advance(state, config, input.at);
      if (current.phase === 'expired') return current;
      return {
        ...current,
        phase: 'active',
        lastTouchAt: input.at,
        warningAt: null,
      };
    }
    case 'narration': {
      const current = advance(state, config, input.at);
      if (input.playing) return current.narrationSince !== null ? current : { ...current, narrationSince: input.at };
      return current.narrationSince === null ? current : { ...current, narrationSince: null, narrationUntil: input.at };
    }
    case 'tick':
      return advance(state, config, input.at);
  }
};

/** Whole seconds left on the warning countdown (for the overlay). */
export const secondsLeft = (state: IdleState, config: IdleConfig, now: number): number =>
  state.phase !== 'warning' || state.warningAt === null
    ? Math.ceil(config.warningMs / 1000)
    : Math.max(0, Math.ceil((state.warningAt + config.warningMs - now) / 1000));
