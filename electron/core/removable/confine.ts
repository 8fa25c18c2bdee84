import fs from 'node:fs';
import path from 'node:path';

/** True when `child` is `parent` itself or lies inside it (both absolute, normalised). */
export const isWithin = (child: string, parent: string): boolean =>
  child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** realpath, or null when the path does not exist or cannot be resolved. */
export const realOrNull = async (target: string): Promise<string | null> => {
  try {
    return await fs.promises.realpath(target);
  } catch {
    return null;
  }
};

/**
 * The one confinement rule for everything a caller names by path (pack sources,
 * export folders): `target` must be absolute, and after resolving every symlink
 * (realpath) it must lie inside one of `roots` (already resolved) and outside
 * every `forbidden` folder (the data dir). Returns the resolved path, or null
 * for anything else — a missing file included, so a refusal cannot tell
 * "outside" from "does not exist".
 */
export const resolveConfined = async (
  target: string,
  roots: readonly string[],
  forbidden: readonly string[],
): Promise<string | null> => {
  if (!path.isAbsolute(target) || target.includes('\0')) return null;
  const real = await realOrNull(target);
  if (real === null) return null;
  if (!roots.some((root) => isWithin(real, root))) return null;
  const realForbidden = await Promise.all(forbidden.map(async (f) => (await realOrNull(f)) ?? path.resolve(f)));
  if (realForbidden.some((f) => isWithin(real, f))) return null;
  return real;
};
