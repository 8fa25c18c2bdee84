import fs from 'node:fs';
import path from 'node:path';
import { KioskFailure } from '../../shared/result';
import { isWithin, resolveConfined } from '../removable/confine';

/** Every export folder's name starts with this: start-up cleanup looks only in such folders. */
export const EXPORT_FOLDER_PREFIX = 'changjiahui-export_';
/** Numbered names tried before giving up (`…_2` … `…_99`). */
const MAX_NUMBER = 99;

/**
 * Confines a destination the caller named by path (CLI): after realpath it
 * must lie inside `roots` (detected sticks and exportRoots) and outside the
 * data dir. The refusal says only that, whatever the path is.
 */
export const confineDestination = async (target: string, roots: readonly string[], dataDir: string): Promise<string> => {
  const real = await resolveConfined(target, roots, [dataDir]);
  if (!real) throw new KioskFailure('forbidden', 'the destination is not inside removable media or an export folder (exportRoots)', 'volumeId');
  return real;
};

/**
 * Creates a new folder for one export inside `parent` (already confined):
 * `changjiahui-export_<kiosk>_<from>_<to>`, or `…_2`, `…_3` when that name
 * exists — an existing name (file, folder or link) is never reused or
 * replaced. mkdir is exclusive and does not follow a link at the name; mode
 * 0700. The resolved folder is checked again to be directly inside `parent`.
 */
export const createExportFolder = (parent: string, base: string): string => {
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const name = `${EXPORT_FOLDER_PREFIX}${base}${n === 1 ? '' : `_${n}`}`;
    const folder = path.join(parent, name);
    try {
      fs.mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new KioskFailure('unavailable', describeWriteError(error, parent));
    }
    const real = fs.realpathSync(folder);
    if (!isWithin(real, parent) || path.dirname(real) !== parent) {
      throw new KioskFailure('unavailable', `${folder} changed while it was created; nothing was written`);
    }
    return real;
  }
  throw new KioskFailure('conflict', `${MAX_NUMBER} exports of this range are already on the destination; remove some`);
};

/** Says what went wrong with a destination in words staff can act on. */
export const describeWriteError = (error: unknown, where: string): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the destination ${where} is full; nothing was kept`;
  if (code === 'EIO' || code === 'ENODEV' || code === 'ENXIO' || code === 'ENOENT')
    return `the destination ${where} went away (was the stick pulled out?); nothing was kept`;
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return `the destination ${where} is read-only for the kiosk`;
  return `cannot write to ${where}: ${error instanceof Error ? error.message : String(error)}`;
};
