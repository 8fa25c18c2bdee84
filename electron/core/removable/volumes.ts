import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Volume } from '../../shared/contract/media';
import { isWithin, realOrNull } from './confine';

/** A folder whose sub-folders `depth` levels down are volumes (`/media/<user>/<stick>` is depth 2). */
export type MountRoot = Readonly<{ dir: string; depth: number }>;

/** Where Linux desktops (udisks) and hand-made fstab lines mount sticks. */
const LINUX_ROOTS: readonly MountRoot[] = [
  { dir: '/media', depth: 2 },
  { dir: '/run/media', depth: 2 },
  { dir: '/mnt', depth: 1 },
];

/** Folders listed per level at most: a root with thousands of entries cannot stall a scan. */
const MAX_ENTRIES_PER_DIR = 256;
/** Volumes reported at most. */
const MAX_VOLUMES = 32;

/**
 * The mount roots to poll: `removableMediaRoots` (each a folder whose direct
 * sub-folders are volumes) or the platform's defaults. On Windows every drive
 * letter but the system drive is a candidate volume (depth 0).
 */
export const mountRoots = (configured: readonly string[] | null, platform: NodeJS.Platform = process.platform): MountRoot[] => {
  if (configured) return configured.map((dir) => ({ dir: path.resolve(dir), depth: 1 }));
  if (platform !== 'win32') return [...LINUX_ROOTS];
  const system = (process.env.SystemDrive ?? 'C:').toUpperCase().slice(0, 1);
  return [...'DEFGHIJKLMNOPQRSTUVWXYZ']
    .filter((letter) => letter !== system)
    .map((letter) => ({ dir: `${letter}:\\`, depth: 0 }));
};

/** A scanned volume with the time the scan must end by. */
export type ScanLimits = Readonly<{ deadline: number; now?: () => number }>;

/** Sub-folders of `dir` that are real folders (never symlinks), at most MAX_ENTRIES_PER_DIR. */
const subFolders = async (dir: string, limits: ScanLimits): Promise<string[]> => {
  const now = limits.now ?? Date.now;
  const found: string[] = [];
  let handle: fs.Dir;
  try {
    handle = await fs.promises.opendir(dir);
  } catch {
    return found;
  }
  try {
    let seen = 0;
    for await (const entry of handle) {
      if (++seen > MAX_ENTRIES_PER_DIR || now() > limits.deadline) break;
      // Dirent types come from lstat: a symlink is never a folder here, so a scan never leaves its root.
      if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(path.join(dir, entry.name));
    }
  } catch {
    // The stick was pulled out while listing: what was found is still good.
  } finally {
    await handle.close().catch(() => {});
  }
  return found.sort();
};

const expand = async (root: MountRoot, limits: ScanLimits): Promise<string[]> => {
  let level = [root.dir];
  for (let d = 0; d < root.depth; d++) {
    const next: string[] = [];
    for (const dir of level) next.push(...(await subFolders(dir, limits)));
    level = next;
  }
  return level;
};

/** Opaque id: the same volume at the same place keeps it across scans; nothing about the path leaks. */
export const volumeId = (kind: Volume['kind'], real: string): string =>
  `v-${crypto.createHash('sha256').update(`${kind}\0${real}`).digest('hex').slice(0, 16)}`;

const describe = async (kind: Volume['kind'], real: string): Promise<Volume> => {
  let freeBytes: number | null = null;
  let writable = false;
  try {
    const s = await fs.promises.statfs(real);
    freeBytes = s.bavail * s.bsize;
  } catch {
    freeBytes = null;
  }
  try {
    await fs.promises.access(real, fs.constants.W_OK);
    writable = true;
  } catch {
    writable = false;
  }
  const label = path.basename(real) || real;
  return { id: volumeId(kind, real), label, path: real, kind, freeBytes, writable };
};

export type VolumeScanOptions = Readonly<{
  mountRoots: readonly MountRoot[];
  exportRoots: readonly string[];
  importRoots: readonly string[];
  /** Never a volume, nor anything inside it. */
  dataDir: string;
}>;

/**
 * One bounded scan: removable volumes under the mount roots, then the
 * configured roots. Symlinks are never followed; a volume inside the data
 * dir is skipped; the scan stops at the deadline with what it has.
 */
export const scanVolumes = async (options: VolumeScanOptions, limits: ScanLimits): Promise<Volume[]> => {
  const dataReal = (await realOrNull(options.dataDir)) ?? path.resolve(options.dataDir);
  const volumes: Volume[] = [];
  const seen = new Set<string>();
  const add = async (kind: Volume['kind'], dir: string) => {
    if (volumes.length >= MAX_VOLUMES) return;
    const real = await realOrNull(dir);
    if (real === null || isWithin(real, dataReal) || seen.has(`${kind}\0${real}`)) return;
    try {
      if (!(await fs.promises.stat(real)).isDirectory()) return;
    } catch {
      return;
    }
    seen.add(`${kind}\0${real}`);
    volumes.push(await describe(kind, real));
  };
  for (const root of options.mountRoots) {
    const rootReal = await realOrNull(root.dir);
    if (rootReal === null) continue;
    for (const dir of await expand({ dir: rootReal, depth: root.depth }, limits)) {
      const real = await realOrNull(dir);
      // A bind mount or rename racing the scan could point elsewhere: keep only what stays inside its root.
      if (real !== null && isWithin(real, rootReal)) await add('removable', real);
    }
  }
  for (const dir of options.exportRoots) await add('export-root', path.resolve(dir));
  for (const dir of options.importRoots) await add('import-root', path.resolve(dir));
  return volumes;
};
