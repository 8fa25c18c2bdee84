/**
 * The admin session as a pure state machine: no timers, no DOM, no calls.
 * closed → pin (the PIN pad) → signed-in(role) → expired → closed.
 * The hook (useAdminSession) feeds it touches, clock ticks and call answers,
 * and makes the calls it asks for (`touchDue`, `phase === 'expired'`).
 */
import type { AdminRole, AdminStatus } from '../api/admin-calls';

/** Timings in milliseconds. */
export type SessionConfig = Readonly<{
  /** No touch for this long ends a session: the server's own timeout (5 min), mirrored. */
  sessionMs: number;
  /** No touch on the PIN pad for this long closes it (back to attract). */
  padMs: number;
  /** `admin:touch` goes out at most this often; a touch in between is sent when the interval is over. */
  touchThrottleMs: number;
}>;

/** The defaults: the server's 5 minutes, a minute on the pad, a touch call at most every 20 s. */
export const DEFAULT_SESSION_CONFIG: SessionConfig = { sessionMs: 5 * 60_000, padMs: 60_000, touchThrottleMs: 20_000 };

/** Shortest and longest PIN the core accepts. */
export const PIN_MIN = 4;
export const PIN_MAX = 8;

/** Why the last sign-in did not open a session. */
export type Refusal = 'wrong' | 'locked' | 'error';

export type PinState = Readonly<{
  phase: 'pin';
  lastTouchAt: number;
  /** Null until `admin:status` answered. */
  status: AdminStatus | null;
  digits: string;
  busy: boolean;
  refusal: Refusal | null;
  /** The core's message for `error` refusals (transport down, …). */
  message: string | null;
}>;

export type SignedInState = Readonly<{
  phase: 'signed-in';
  role: AdminRole;
  token: string;
  lastTouchAt: number;
  /** When the last `admin:touch` was sent (sign-in counts as one). */
  touchSentAt: number;
}>;

export type SessionState =
  | Readonly<{ phase: 'closed' }>
  | PinState
  | SignedInState
  | Readonly<{ phase: 'expired'; role: AdminRole; token: string; reason: 'idle' | 'server' }>;

export type SessionInput =
  | Readonly<{ type: 'open'; at: number }>
  | Readonly<{ type: 'status'; status: AdminStatus }>
  | Readonly<{ type: 'digit'; digit: string; at: number }>
  | Readonly<{ type: 'erase'; at: number }>
  | Readonly<{ type: 'submit'; at: number }>
  | Readonly<{ type: 'signed-in'; token: string; role: AdminRole; at: number }>
  | Readonly<{ type: 'refused'; refusal: Refusal; message?: string; at: number }>
  | Readonly<{ type: 'touch'; at: number }>
  | Readonly<{ type: 'touch-sent'; at: number }>
  | Readonly<{ type: 'unauthorized' }>
  | Readonly<{ type: 'tick'; at: number }>
  | Readonly<{ type: 'close' }>;

/** Nothing open: the visitor tour runs. */
export const CLOSED: SessionState = { phase: 'closed' };

const advance = (state: SessionState, config: SessionConfig, now: number): SessionState => {
  if (state.phase === 'pin' && !state.busy && now - state.lastTouchAt >= config.padMs) return CLOSED;
  if (state.phase === 'signed-in' && now - state.lastTouchAt >= config.sessionMs)
    return { phase: 'expired', role: state.role, token: state.token, reason: 'idle' };
  return state;
};

/** The next state. Only `close` leaves `expired` (after the hook has signed out). */
export const sessionReducer = (state: SessionState, input: SessionInput, config: SessionConfig): SessionState => {
  if (input.type === 'close') return CLOSED;
  if (input.type === 'open')
    return state.phase === 'closed'
      ? { phase: 'pin', lastTouchAt: input.at, status: null, digits: '', busy: false, refusal: null, message: null }
      : state;
  if (input.type === 'unauthorized')
    return state.phase === 'signed-in'
      ? { phase: 'expired', role: state.role, token: state.token, reason: 'server' }
      : state;
  const current = 'at' in input ? advance(state, config, input.at) : state;
  if (current.phase === 'pin') return pinReducer(current, input);
  if (current.phase === 'signed-in') {
    if (input.type === 'touch') return { ...current, lastTouchAt: input.at };
    if (input.type === 'touch-sent') return { ...current, touchSentAt: input.at };
  }
  return current;
};

const pinReducer = (state: PinState, input: SessionInput): SessionState => {
  switch (input.type) {
    case 'status':
      return { ...state, status: input.status };
    case 'digit':
      if (!/^\d$/.test(input.digit) || state.busy || isLocked(state, input.at) || state.digits.length >= PIN_MAX)
        return { ...state, lastTouchAt: input.at };
      return { ...state, digits: state.digits + input.digit, lastTouchAt: input.at, refusal: null, message: null };
    case 'erase':
      return { ...state, digits: state.digits.slice(0, -1), lastTouchAt: input.at };
    case 'submit':
      return canSubmit(state, input.at) ? { ...state, busy: true, lastTouchAt: input.at } : state;
    case 'signed-in':
      return { phase: 'signed-in', role: input.role, token: input.token, lastTouchAt: input.at, touchSentAt: input.at };
    case 'refused':
      return { ...state, busy: false, digits: '', refusal: input.refusal, message: input.message ?? null };
    case 'touch':
      return { ...state, lastTouchAt: input.at };
    default:
      return state;
  }
};

/** Whether the PIN pad is locked at `now` (by the core's `lockedUntil`). */
export const isLocked = (state: PinState, now: number): boolean => lockMsLeft(state, now) > 0;

/** Milliseconds of lock left, 0 when not locked. */
export const lockMsLeft = (state: PinState, now: number): number => {
  const until = state.status?.lockedUntil;
  return until ? Math.max(0, Date.parse(until) - now) : 0;
};

/** Whether neither role has a PIN: the pad only says how to set one. */
export const noPinSet = (state: PinState): boolean =>
  state.status !== null && !state.status.pinsSet.staff && !state.status.pinsSet.admin;

/** Whether the entered PIN may be sent. */
export const canSubmit = (state: PinState, now: number): boolean =>
  !state.busy &&
  state.status !== null &&
  !noPinSet(state) &&
  !isLocked(state, now) &&
  state.digits.length >= PIN_MIN &&
  state.digits.length <= PIN_MAX;

/**
 * Whether an `admin:touch` should go out now: a touch happened since the last
 * one sent, and the throttle interval is over. The hook asks on every touch and
 * tick, so the last touch of a burst is sent too: the server's idle clock never
 * runs ahead of ours.
 */
export const touchDue = (state: SessionState, config: SessionConfig, now: number): boolean =>
  state.phase === 'signed-in' &&
  state.lastTouchAt > state.touchSentAt &&
  now - state.touchSentAt >= config.touchThrottleMs;

/** Milliseconds until the session ends without a touch (0 when not signed in). */
export const sessionMsLeft = (state: SessionState, config: SessionConfig, now: number): number =>
  state.phase === 'signed-in' ? Math.max(0, state.lastTouchAt + config.sessionMs - now) : 0;

/** `M:SS` of a duration, rounded up (a lock with 0.2 s left still shows 0:01). */
export const minutesSeconds = (ms: number): string => {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};
