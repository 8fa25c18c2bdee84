import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { adminCall, type AdminCaller, type AdminStatus } from '../api/admin-calls';
import {
  CLOSED,
  DEFAULT_SESSION_CONFIG,
  lockMsLeft,
  sessionReducer,
  touchDue,
  type SessionConfig,
  type SessionInput,
  type SessionState,
} from './session-machine';

/** How often the hook looks at the clock (countdowns, timeouts, trailing touch calls). */
const TICK_MS = 500;

/**
 * A core without the admin service has no PINs at all: the pad then says how
 * to set one, exactly as a kiosk whose PINs were never set does.
 */
const NO_ADMIN_SERVICE: AdminStatus = {
  pinsSet: { staff: false, admin: false },
  lockedUntil: null,
  attemptsLeft: 0,
  session: null,
};

export type AdminSession = Readonly<{
  state: SessionState;
  /** The clock of the last render, for countdowns. */
  now: number;
  config: SessionConfig;
  digit(d: string): void;
  erase(): void;
  submit(): void;
  /** Calls with the session's token; an `unauthorized` answer ends the session. */
  call: AdminCaller;
  /** Ends the session on the core (`admin:sign-out`) and closes admin mode. */
  signOut(): void;
}>;

/**
 * Thin hook around the session machine: opens the PIN pad on mount, feeds the
 * machine touches, ticks and call answers, sends throttled `admin:touch`, and
 * calls `onClosed` once the pad or the session is over.
 */
export const useAdminSession = (onClosed: () => void, config: SessionConfig = DEFAULT_SESSION_CONFIG): AdminSession => {
  const [shown, setShown] = useState<{ state: SessionState; now: number }>(() => ({ state: CLOSED, now: Date.now() }));
  const machine = useRef<SessionState>(CLOSED);
  const dispatch = useCallback(
    (input: SessionInput) => {
      const before = machine.current;
      machine.current = sessionReducer(before, input, config);
      // React hears only what the screens show: phase changes, and the pad (its
      // digits and lock countdown). A signed-in touch or tick re-renders nothing,
      // so a preview's panorama is never re-rendered by the session clock.
      if (machine.current.phase !== before.phase || machine.current.phase === 'pin')
        setShown({ state: machine.current, now: 'at' in input ? input.at : Date.now() });
    },
    [config],
  );

  const refreshStatus = useCallback(async () => {
    const answer = await adminCall('admin:status', {});
    if (answer.ok) dispatch({ type: 'status', status: answer.value });
    else if (answer.error.code === 'unknown-call') dispatch({ type: 'status', status: NO_ADMIN_SERVICE });
    else dispatch({ type: 'refused', refusal: 'error', message: answer.error.message, at: Date.now() });
  }, [dispatch]);

  const sendTouch = useCallback(async () => {
    const state = machine.current;
    if (state.phase !== 'signed-in') return;
    dispatch({ type: 'touch-sent', at: Date.now() });
    const answer = await adminCall('admin:touch', {}, state.token);
    if (!answer.ok && answer.error.code === 'unauthorized') dispatch({ type: 'unauthorized' });
  }, [dispatch]);

  useEffect(() => {
    dispatch({ type: 'open', at: Date.now() });
    void refreshStatus();
    let wasLocked = false;
    const tick = () => {
      const at = Date.now();
      dispatch({ type: 'tick', at });
      const state = machine.current;
      const locked = state.phase === 'pin' && lockMsLeft(state, at) > 0;
      if (wasLocked && !locked) void refreshStatus(); // the lock ran out: fresh tries from the core
      wasLocked = locked;
      if (touchDue(state, config, at)) void sendTouch();
    };
    const touch = () => {
      const at = Date.now();
      dispatch({ type: 'touch', at });
      if (touchDue(machine.current, config, at)) void sendTouch();
    };
    const timer = window.setInterval(tick, TICK_MS);
    window.addEventListener('pointerdown', touch, { capture: true, passive: true });
    window.addEventListener('keydown', touch, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', touch, { capture: true });
      window.removeEventListener('keydown', touch, { capture: true });
    };
  }, [dispatch, refreshStatus, sendTouch, config]);

  // An expired session is ended on the core too (best effort: it expires there by itself), then admin mode closes.
  const phase = shown.state.phase;
  const closed = useRef(onClosed);
  useEffect(() => {
    closed.current = onClosed;
  }, [onClosed]);
  const opened = useRef(false);
  useEffect(() => {
    const state = machine.current;
    if (state.phase === 'expired') {
      void adminCall('admin:sign-out', {}, state.token);
      dispatch({ type: 'close' });
    }
    if (phase !== 'closed') opened.current = true;
    else if (opened.current) closed.current();
  }, [phase, dispatch]);

  const submit = useCallback(() => {
    const before = machine.current;
    dispatch({ type: 'submit', at: Date.now() });
    const state = machine.current;
    if (state.phase !== 'pin' || !state.busy || before === state) return;
    void adminCall('admin:sign-in', { pin: state.digits }).then((answer) => {
      const at = Date.now();
      if (answer.ok) return dispatch({ type: 'signed-in', token: answer.value.token, role: answer.value.role, at });
      const { code, message } = answer.error;
      const refusal = code === 'unauthorized' ? 'wrong' : code === 'forbidden' ? 'locked' : 'error';
      dispatch({ type: 'refused', refusal, message, at });
      return refreshStatus();
    });
  }, [dispatch, refreshStatus]);

  const call = useCallback<AdminCaller>(
    async (name, input) => {
      const state = machine.current;
      const token = state.phase === 'signed-in' ? state.token : null;
      const answer = await adminCall(name, input, token);
      if (!answer.ok && answer.error.code === 'unauthorized') dispatch({ type: 'unauthorized' });
      return answer;
    },
    [dispatch],
  );

  const signOut = useCallback(() => {
    const state = machine.current;
    if (state.phase === 'signed-in') void adminCall('admin:sign-out', {}, state.token);
    dispatch({ type: 'close' });
  }, [dispatch]);

  return useMemo(
    () => ({
      state: shown.state,
      now: shown.now,
      config,
      digit: (d: string) => dispatch({ type: 'digit', digit: d, at: Date.now() }),
      erase: () => dispatch({ type: 'erase', at: Date.now() }),
      submit,
      call,
      signOut,
    }),
    [shown, config, dispatch, submit, call, signOut],
  );
};
