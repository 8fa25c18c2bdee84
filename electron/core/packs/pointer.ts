import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './fs-sync';

/** Name of the pointer file inside `<dataDir>/packs/`. */
export const POINTER_FILE = 'active.json';

/** One installed pack: its folder (inside `<dataDir>/packs/`) and when it was installed. */
const Slot = z.object({ dir: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9@.~_-]*$/), installedAt: z.string() });
export type Slot = z.infer<typeof Slot>;

/**
 * The pointer: which installed pack is active and which a rollback returns to.
 * `null` means the bundled default pack. Switching packs = replacing this file atomically.
 * `installed` lists every kept pack in rollback order, oldest first (the active one
 * included); pointers written before it existed are read as `[previous, active]`.
 * `previous` stays for older kiosk versions reading this file after a downgrade of the app.
 */
const Pointer = z.object({
  schema: z.literal(1),
  active: Slot.nullable(),
  previous: Slot.nullable(),
  installed: z.array(Slot).max(64).optional(),
});
export type Pointer = z.infer<typeof Pointer>;

/** Nothing installed: the bundled pack is active and there is nothing to roll back to. */
export const EMPTY_POINTER: Pointer = { schema: 1, active: null, previous: null, installed: [] };

/** The kept packs, oldest first, however old the pointer file is. */
export const installedOf = (p: Pointer): Slot[] => {
  if (p.installed) return p.installed;
  return [p.previous, p.active].filter((s): s is Slot => s !== null);
};

/**
 * Reads the pointer. A missing file means nothing was ever installed; an unreadable
 * one is reported as 'corrupt' so the caller can fall back without deleting anything.
 */
export const readPointer = (packsDir: string): Pointer | 'corrupt' => {
  let text: string;
  try {
    text = fs.readFileSync(path.join(packsDir, POINTER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_POINTER;
    return 'corrupt';
  }
  try {
    const parsed = Pointer.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'corrupt';
  } catch {
    return 'corrupt';
  }
};

/** Replaces the pointer atomically (temp file + fsync + rename + fsync of the folder). */
export const writePointer = (packsDir: string, pointer: Pointer): void => {
  writeFileAtomic(
    path.join(packsDir, POINTER_FILE),
    `${JSON.stringify(pointer, null, 2)}\n`,
    crypto.randomBytes(4).toString('hex'),
  );
};
