import type { Role } from '../../shared/contract/admin';
import { KioskFailure } from '../../shared/result';
import { hashPin, pinMatches } from './pin-hash';
import { pinFileOf, readPinFile, writePinFile, type PinFileState } from './pin-file';

const PIN = /^\d{4,8}$/;
const otherRole = (role: Role): Role => (role === 'staff' ? 'admin' : 'staff');

/** The command that sets the first PIN: shown wherever sign-in is refused for want of one. */
export const SET_PIN_HINT = 'kiosk admin set-pin --role admin';

/**
 * Sets the PIN of `role` in the data dir's PIN file (CLI, admin:change-pin, test
 * fixture). Refuses a malformed PIN and the other role's PIN: one PIN must name
 * one role, or sign-in could not tell staff from admin. Keeps the lockout as it is.
 */
export const setPin = async (dataDir: string, role: Role, pin: string): Promise<void> => {
  if (!PIN.test(pin)) throw new KioskFailure('invalid-input', 'a PIN is 4 to 8 digits', 'pin');
  const file = pinFileOf(dataDir);
  const before = readPinFileOrEmpty(file);
  const other = before.pins[otherRole(role)];
  if (other && (await pinMatches(pin, other)))
    throw new KioskFailure('conflict', `the ${role} PIN must differ from the ${otherRole(role)} PIN`, 'pin');
  const hash = await hashPin(pin);
  // Re-read after the slow hash: a lockout written meanwhile must not be lost.
  const now = readPinFileOrEmpty(file);
  writePinFile(file, { ...now, pins: { ...now.pins, [role]: hash } });
};

/** The PIN file's state, or the empty state when the file is damaged (set-pin repairs it). */
const readPinFileOrEmpty = (file: string): PinFileState => {
  try {
    return readPinFile(file);
  } catch (error) {
    if (error instanceof KioskFailure && /damaged/.test(error.message)) return { version: 1, pins: {}, failures: 0, lockedUntil: null };
    throw error;
  }
};
