import type { Role } from '../../shared/contract/admin';
import { KioskFailure } from '../../shared/result';
import type { AuditSink } from './audit';
import { pinMatches } from './pin-hash';
import { readPinFile, writePinFile, type PinFileState } from './pin-file';
import { SET_PIN_HINT } from './pin-store';

/** Wrong PINs in a row that lock sign-in. */
export const MAX_FAILURES = 5;
/** How long a lockout lasts. */
export const LOCK_MS = 5 * 60_000;
/** Sign-ins waiting for their turn at most; more are refused at once (a flood must not queue scrypt work). */
const MAX_WAITING = 8;

/** The lockout as the PIN pad shows it. */
export type LockState = Readonly<{ lockedUntil: number | null; attemptsLeft: number }>;

export type PinCheck = Readonly<{
  /** Checks a PIN against both roles; resolves with the role or throws unauthorized / forbidden / unavailable. */
  signIn(pin: string): Promise<Role>;
  /**
   * Checks a PIN typed again to confirm an action (`purpose`, e.g. "exit to desktop"):
   * the same lockout and audit as a sign-in, but no session is opened.
   */
  confirm(pin: string, purpose: string): Promise<Role>;
  /** Which roles have a PIN and the lockout, read fresh from the file (the CLI may have changed it). */
  status(): Readonly<{ pinsSet: { staff: boolean; admin: boolean } } & LockState>;
}>;

/** `M:SS` left of a lockout, rounded up so it never shows 0:00 while still locked. */
const left = (ms: number): string => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * PIN checks with a lockout that survives restarts: the failure count and the
 * lock end are written to the PIN file on every attempt. Attempts run one at a
 * time, so parallel guesses cannot all pass the count before it is written;
 * while locked, a PIN is refused without being checked, even the right one.
 */
export const createPinCheck = (
  options: Readonly<{ file: string; now: () => number; audit: AuditSink; warn(message: string, error: unknown): void }>,
): PinCheck => {
  const { file, now, audit } = options;
  // A copy of the lock in memory: if the file cannot be written (read-only disk), the lock still holds until restart.
  let memory = { failures: 0, lockedUntil: null as number | null };
  const current = (): PinFileState => {
    const state = readPinFile(file);
    const failures = Math.max(state.failures, memory.failures);
    let lockedUntil = Math.max(state.lockedUntil ?? 0, memory.lockedUntil ?? 0) || null;
    // A clock set back must not stretch a lockout beyond its length.
    if (lockedUntil !== null) lockedUntil = Math.min(lockedUntil, now() + LOCK_MS);
    if (lockedUntil !== null && lockedUntil <= now()) return { ...state, failures: 0, lockedUntil: null };
    return { ...state, failures, lockedUntil };
  };
  const save = (state: PinFileState) => {
    memory = { failures: state.failures, lockedUntil: state.lockedUntil };
    try {
      writePinFile(file, state);
    } catch (error) {
      options.warn('admin: the lockout could not be written to the PIN file; it holds until restart', error);
    }
  };

  const attempt = async (pin: string, purpose?: string): Promise<Role> => {
    const state = current();
    if (state.lockedUntil !== null) {
      audit.record({ role: null, action: 'sign-in', detail: `refused unchecked: locked for ${left(state.lockedUntil - now())}`, outcome: 'refused' });
      throw new KioskFailure('forbidden', `locked for ${left(state.lockedUntil - now())}`);
    }
    const roles = (['admin', 'staff'] as const).filter((role) => state.pins[role]);
    if (roles.length === 0) {
      audit.record({ role: null, action: 'sign-in', detail: 'no PIN is set', outcome: 'refused' });
      throw new KioskFailure('unavailable', `no PIN is set: set one on the kiosk with "${SET_PIN_HINT}"`);
    }
    // Both roles checked in parallel (two pool threads): the answer takes the same time whichever matched.
    const matches = await Promise.all(roles.map((role) => pinMatches(pin, state.pins[role]!)));
    const role = roles.find((_, i) => matches[i]);
    const after = current();
    if (role) {
      if (after.failures !== 0 || after.lockedUntil !== null) save({ ...after, failures: 0, lockedUntil: null });
      else memory = { failures: 0, lockedUntil: null };
      audit.record({ role, action: 'sign-in', detail: purpose ? `${role} PIN confirmed for ${purpose}` : `${role} session opened`, outcome: 'ok' });
      return role;
    }
    const failures = after.failures + 1;
    if (failures < MAX_FAILURES) {
      save({ ...after, failures });
      const tries = `${MAX_FAILURES - failures} ${MAX_FAILURES - failures === 1 ? 'try' : 'tries'} left`;
      audit.record({ role: null, action: 'sign-in', detail: `wrong PIN, ${tries}`, outcome: 'refused' });
      throw new KioskFailure('unauthorized', `wrong PIN, ${tries}`);
    }
    const lockedUntil = now() + LOCK_MS;
    save({ ...after, failures, lockedUntil });
    audit.record({ role: null, action: 'sign-in', detail: 'wrong PIN, no tries left', outcome: 'refused' });
    audit.record({ role: null, action: 'lockout', detail: `${MAX_FAILURES} wrong PINs: locked until ${new Date(lockedUntil).toISOString()}`, outcome: 'refused' });
    throw new KioskFailure('forbidden', `wrong PIN; locked for ${left(LOCK_MS)}`);
  };

  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const queued = (pin: string, purpose?: string) => {
    if (waiting >= MAX_WAITING) return Promise.reject(new KioskFailure('unavailable', 'too many sign-ins at once; try again'));
    waiting++;
    const run = queue.then(() => attempt(pin, purpose)).finally(() => waiting--);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    signIn: (pin) => queued(pin),
    confirm: (pin, purpose) => queued(pin, purpose),
    status() {
      const state = current();
      return {
        pinsSet: { staff: state.pins.staff !== undefined, admin: state.pins.admin !== undefined },
        lockedUntil: state.lockedUntil,
        attemptsLeft: state.lockedUntil === null ? MAX_FAILURES - state.failures : 0,
      };
    },
  };
};
