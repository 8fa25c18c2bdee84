import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A PIN as stored: scrypt of the digits with its own random salt and the cost it was made with. */
export type PinHash = Readonly<{ salt: string; hash: string; N: number; r: number; p: number }>;

/**
 * scrypt cost for new PINs: N = 2^15, r = 8, p = 1 (32 MiB, ~190 ms on a loaded
 * 2-core test box, ~70 ms idle). A PIN has at most 10^8 values, so no cost makes
 * a stolen file safe; the file is 0600 and the online lockout is what holds. The
 * cost makes an offline search of an 8-digit PIN take CPU-months while a sign-in
 * (both roles checked in parallel) still answers in well under a second on a
 * low-end venue PC. Stored per hash, so it can be raised without resetting PINs.
 */
export const PIN_SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
/** Upper bound for a cost read back from the file: a tampered file must not make a check take minutes or GBs. */
const MAX_N = 2 ** 20;

const derive = (pin: string, salt: Buffer, cost: Pick<PinHash, 'N' | 'r' | 'p'>): Promise<Buffer> => {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    // The async form runs on libuv's thread pool: the web host keeps answering visitors meanwhile.
    scrypt(pin, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
};

/** Hashes a PIN with a fresh 16-byte salt at the current cost. */
export const hashPin = async (pin: string): Promise<PinHash> => {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, PIN_SCRYPT);
  return { salt: salt.toString('base64'), hash: key.toString('base64'), ...PIN_SCRYPT };
};

/** True when `pin` is the one `stored` was made from; compares in constant time. */
export const pinMatches = async (pin: string, stored: PinHash): Promise<boolean> => {
  if (stored.N > MAX_N || stored.r > 32 || stored.p > 4) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return timingSafeEqual(key, expected);
};
