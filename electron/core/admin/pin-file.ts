import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KioskFailure } from '../../shared/result';

const StoredHash = z.object({
  salt: z.string().max(200),
  hash: z.string().max(200),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});

/** What the PIN file holds: the hashes and the lockout, so a restart neither forgets nor resets them. */
export const PinFileState = z.object({
  version: z.literal(1),
  pins: z.object({ staff: StoredHash.optional(), admin: StoredHash.optional() }),
  /** Wrong PINs in a row since the last success or lockout end. */
  failures: z.number().int().nonnegative(),
  /** Epoch ms UTC until which sign-in is refused; null when not locked. */
  lockedUntil: z.number().nullable(),
});
export type PinFileState = z.infer<typeof PinFileState>;

/** The PIN file inside the kiosk's data folder. */
export const pinFileOf = (dataDir: string): string => path.join(dataDir, 'admin-pins.json');

export const EMPTY_PIN_STATE: PinFileState = { version: 1, pins: {}, failures: 0, lockedUntil: null };

/**
 * Reads the PIN file; a missing file is the empty state (no PIN set). A damaged
 * one is refused, naming the file: silently treating it as empty would drop the lockout.
 */
export const readPinFile = (file: string): PinFileState => {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_PIN_STATE;
    throw new KioskFailure('unavailable', `cannot read the PIN file ${file}: ${(error as Error).message}`);
  }
  try {
    return PinFileState.parse(JSON.parse(text));
  } catch {
    throw new KioskFailure('unavailable', `the PIN file ${file} is damaged: set the PINs again with "kiosk admin set-pin --role admin"`);
  }
};

/**
 * Writes the PIN file atomically: a fresh 0600 temp file (never following a
 * planted link), fsynced, renamed over the old one, then the folder fsynced, so
 * a power cut leaves the old or the new file, never half of one.
 */
export const writePinFile = (file: string, state: PinFileState): void => {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(temp, flags, 0o600);
  try {
    fs.writeFileSync(fd, `${JSON.stringify(state, null, 2)}\n`);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(temp, file);
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename itself is atomic there.
  }
};
