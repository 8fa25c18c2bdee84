import fs from 'node:fs';
import path from 'node:path';
import { checkEntries, type RawEntry } from './entry-rules';
import { refuse, refuseIfAny } from './pack-problems';
import type { PackLimits, PackSource } from './pack-source';

const kindOf = (stat: fs.Stats): RawEntry['kind'] => {
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isDirectory()) return 'dir';
  return stat.isFile() ? 'file' : 'special';
};

/** A pack folder that takes longer than this to list is refused (a slow or huge stick, a wrong folder). */
export const WALK_BUDGET_MS = 15_000;

class WalkTimeout extends Error {}

/**
 * Lists a folder without following symlinks; stops early once it has seen more
 * entries than allowed or its time is up, so a folder with a million files
 * cannot stall the kiosk. Asynchronous throughout: the listing runs on libuv's
 * threads, and the request thread stays free between entries.
 */
const walk = async (root: string, limits: PackLimits, budgetMs: number): Promise<RawEntry[]> => {
  const found: RawEntry[] = [];
  const deadline = Date.now() + budgetMs;
  const visit = async (relative: string): Promise<void> => {
    const names = (await fs.promises.readdir(path.join(root, relative))).sort();
    for (const name of names) {
      if (found.length > limits.maxEntries) return;
      if (Date.now() >= deadline) throw new WalkTimeout();
      const rel = relative ? `${relative}/${name}` : name;
      const stat = await fs.promises.lstat(path.join(root, rel));
      const kind = kindOf(stat);
      found.push({ name: rel, kind, size: kind === 'file' ? stat.size : 0 });
      if (kind === 'dir') await visit(rel);
    }
  };
  await visit('');
  return found;
};

/** Opens a pack folder (a USB stick's folder or a build output) and runs the structural checks. */
export const openDirSource = async (dir: string, limits: PackLimits, budgetMs = WALK_BUDGET_MS): Promise<PackSource> => {
  let raw: RawEntry[];
  try {
    raw = await walk(dir, limits, budgetMs);
  } catch (error) {
    if (error instanceof WalkTimeout) return refuse(dir, `took more than ${budgetMs / 1000} s to list; is this the pack folder?`);
    return refuse(dir, `cannot read the folder (${(error as Error).message})`);
  }
  const checked = checkEntries(raw, limits);
  refuseIfAny(checked.problems);
  return {
    kind: 'folder',
    location: dir,
    entries: checked.files,
    ignored: checked.ignored,
    open: async (name) => {
      // O_NOFOLLOW: a file swapped for a symlink after the listing is still refused.
      const handle = await fs.promises.open(path.join(dir, name), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      const stat = await handle.stat();
      if (!stat.isFile()) {
        await handle.close();
        throw new Error(`${name}: is no longer a regular file`);
      }
      return handle.createReadStream({ highWaterMark: 1024 * 1024 });
    },
    close: async () => {},
  };
};
