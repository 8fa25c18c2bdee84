import fs from 'node:fs';
import path from 'node:path';
import type { AppLog } from '../app-log';
import { installedOf, POINTER_FILE, type Pointer } from './pointer';

/** Prefix of staging folders; nothing else in `packs/` starts with a dot. */
export const STAGING_PREFIX = '.staging-';

/**
 * Removes what an interrupted install can leave in `packs/`: staging folders,
 * temp pointer files and pack folders the pointer no longer names. With an
 * unreadable pointer (`null`) only staging and temp files go: never delete a pack
 * we cannot prove is unused.
 */
export const cleanPacksDir = (packsDir: string, pointer: Pointer | null, log: AppLog): string[] => {
  const removed: string[] = [];
  const keep = new Set([POINTER_FILE]);
  if (pointer?.active) keep.add(pointer.active.dir);
  if (pointer?.previous) keep.add(pointer.previous.dir);
  for (const slot of pointer ? installedOf(pointer) : []) keep.add(slot.dir);
  for (const name of fs.readdirSync(packsDir)) {
    // A staged pack (preview) does not survive a restart either: it is not in the pointer.
    const leftover = name.startsWith(STAGING_PREFIX) || name.startsWith(`${POINTER_FILE}.tmp-`);
    const orphan = pointer !== null && !keep.has(name);
    if (!leftover && !orphan) continue;
    try {
      fs.rmSync(path.join(packsDir, name), { recursive: true, force: true });
      log.info('packs: removed a leftover of an interrupted install', { name });
      removed.push(name);
    } catch (error) {
      log.warn('packs: cannot remove a leftover', { name, error: (error as Error).message });
    }
  }
  return removed;
};
