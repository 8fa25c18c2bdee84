import { describe, expect, it } from 'vitest';
import type { AdminStatus } from '../../renderer/admin/api/admin-calls';
import {
  CLOSED,
  canSubmit,
  isLocked,
  lockMsLeft,
  minutesSeconds,
  noPinSet,
  sessionMsLeft,
  sessionReducer,
  touchDue,
  type PinState,
  type SessionConfig,
  type SessionInput,
  type SessionState,
} from '../../renderer/admin/session/session-machine';

const config: SessionConfig = { sessionMs: 300_000, padMs: 60_000, touchThrottleMs: 20_000 };
const run = (inputs: SessionInput[], start: SessionState = CLOSED): SessionState =>
  inputs.reduce((s, i) => sessionReducer(s, i, config), start);
const status = (over: Partial<AdminStatus> = {}): AdminStatus => ({
  pinsSet: { staff: true, admin: true },
  lockedUntil: null,
  attemptsLeft: 5,
  session: null,
  ...over,
});
const digits = (pin: string, at: number): SessionInput[] => [...pin].map((digit) => ({ type: 'digit', digit, at }));
const pad = (inputs: SessionInput[] = []) =>
  run([{ type: 'open', at: 0 }, { type: 'status', status: status() }, ...inputs]) as PinState;

describe('admin session machine', () => {
  it('opens the PIN pad, takes 4–8 digits, and signs in with the role the core answered', () => {
    const opened = pad();
    expect(opened.phase).toBe('pin');
    expect(canSubmit(opened, 0)).toBe(false);
    const three = pad(digits('123', 1));
    expect(canSubmit(three, 1)).toBe(false);
    const nine = pad(digits('123456789', 1));
    expect(nine.digits).toBe('12345678');
    const four = pad([...digits('1234', 1), { type: 'erase', at: 2 }, { type: 'digit', digit: '9', at: 3 }]);
    expect(four.digits).toBe('1239');
    expect(canSubmit(four, 3)).toBe(true);
    const busy = sessionReducer(four, { type: 'submit', at: 4 }, config) as PinState;
    expect(busy.busy).toBe(true);
    expect(sessionReducer(busy, { type: 'digit', digit: '1', at: 5 }, config)).toMatchObject({ digits: '1239' });
    const signed = sessionReducer(busy, { type: 'signed-in', token: 't', role: 'staff', at: 6 }, config);
    expect(signed).toMatchObject({ phase: 'signed-in', role: 'staff', token: 't', lastTouchAt: 6 });
  });

  it('a refused PIN clears the digits and says why; a non-digit is ignored', () => {
    const refused = pad([
      ...digits('1111', 1),
      { type: 'submit', at: 2 },
      { type: 'refused', refusal: 'wrong', at: 3 },
    ]);
    expect(refused).toMatchObject({ phase: 'pin', digits: '', busy: false, refusal: 'wrong' });
    expect(pad(digits('1a', 1)).digits).toBe('1');
    const retyped = sessionReducer(refused, { type: 'digit', digit: '5', at: 4 }, config);
    expect(retyped).toMatchObject({ refusal: null, digits: '5' });
  });

  it('with no PIN set, nothing can be submitted', () => {
    const none = run([
      { type: 'open', at: 0 },
      { type: 'status', status: status({ pinsSet: { staff: false, admin: false } }) },
      ...digits('1234', 1),
    ]) as PinState;
    expect(noPinSet(none)).toBe(true);
    expect(canSubmit(none, 1)).toBe(false);
    const staffOnly = run([
      { type: 'open', at: 0 },
      { type: 'status', status: status({ pinsSet: { staff: true, admin: false } }) },
    ]) as PinState;
    expect(noPinSet(staffOnly)).toBe(false);
  });

  it('a lock from the core blocks digits until it runs out, and counts down', () => {
    const lockedUntil = new Date(90_000).toISOString();
    const locked = run([
      { type: 'open', at: 0 },
      { type: 'status', status: status({ lockedUntil, attemptsLeft: 0 }) },
    ]);
    const typed = sessionReducer(locked, { type: 'digit', digit: '1', at: 1_000 }, config) as PinState;
    expect(typed.digits).toBe('');
    expect(isLocked(typed, 1_000)).toBe(true);
    expect(minutesSeconds(lockMsLeft(typed, 1_000))).toBe('1:29');
    expect(minutesSeconds(lockMsLeft(typed, 89_900))).toBe('0:01');
    expect(isLocked(typed, 90_000)).toBe(false);
    const later = run(
      [
        { type: 'touch', at: 50_000 },
        { type: 'digit', digit: '1', at: 90_000 },
      ],
      typed,
    );
    expect(later).toMatchObject({ phase: 'pin', digits: '1' });
  });

  it('the pad closes after a minute without a touch; every digit restarts that minute', () => {
    expect(pad([{ type: 'tick', at: 59_999 }]).phase).toBe('pin');
    expect(
      run([
        { type: 'open', at: 0 },
        { type: 'tick', at: 60_000 },
      ]),
    ).toBe(CLOSED);
    expect(pad([...digits('1', 50_000), { type: 'tick', at: 100_000 }]).phase).toBe('pin');
  });

  it('a session expires 5 minutes after the last touch, not after the last touch call', () => {
    const signed = run([{ type: 'signed-in', token: 't', role: 'admin', at: 1_000 }], pad());
    expect(sessionMsLeft(signed, config, 1_000)).toBe(300_000);
    const touched = run(
      [
        { type: 'touch', at: 200_000 },
        { type: 'tick', at: 499_999 },
      ],
      signed,
    );
    expect(touched.phase).toBe('signed-in');
    expect(run([{ type: 'tick', at: 500_000 }], touched)).toMatchObject({ phase: 'expired', reason: 'idle' });
    expect(run([{ type: 'tick', at: 301_000 }], signed)).toMatchObject({ phase: 'expired', token: 't' });
  });

  it('an unauthorized answer ends the session; only close leaves expired', () => {
    const signed = run([{ type: 'signed-in', token: 't', role: 'staff', at: 0 }], pad());
    const gone = run([{ type: 'unauthorized' }], signed);
    expect(gone).toMatchObject({ phase: 'expired', reason: 'server' });
    expect(
      run(
        [
          { type: 'touch', at: 1 },
          { type: 'open', at: 2 },
        ],
        gone,
      ).phase,
    ).toBe('expired');
    expect(run([{ type: 'close' }], gone)).toBe(CLOSED);
    expect(run([{ type: 'unauthorized' }], pad()).phase).toBe('pin');
  });

  it('admin:touch is throttled, and the last touch of a burst still goes out', () => {
    const signed = run([{ type: 'signed-in', token: 't', role: 'staff', at: 0 }], pad());
    expect(touchDue(signed, config, 5_000)).toBe(false); // no touch since sign-in
    const touched = run([{ type: 'touch', at: 5_000 }], signed);
    expect(touchDue(touched, config, 5_000)).toBe(false); // sign-in counts as a touch call
    expect(touchDue(touched, config, 20_000)).toBe(true); // trailing send once the interval is over
    const sent = run([{ type: 'touch-sent', at: 20_000 }], touched);
    expect(touchDue(sent, config, 25_000)).toBe(false);
    const again = run([{ type: 'touch', at: 30_000 }], sent);
    expect(touchDue(again, config, 39_999)).toBe(false);
    expect(touchDue(again, config, 40_000)).toBe(true);
    expect(touchDue(pad(), config, 100_000)).toBe(false);
  });
});
