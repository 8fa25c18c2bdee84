import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Volume } from '../../shared/contract/media';
import type { PackCandidate } from '../../shared/contract/packs';
import { MANIFEST_FILE } from '../../shared/pack-entry-name';
import type { ScanLimits } from './volumes';

/** Entries looked at per folder, and candidates reported per scan, at most. */
const MAX_ENTRIES_PER_DIR = 256;
const MAX_CANDIDATES = 64;
/** A folder's manifest is read (for its size) only when it is small: real ones are tens of KB. */
const MAX_MANIFEST_READ = 1024 * 1024;

/** A candidate with where it lies: kept in the core, never sent to the renderer. */
export type FoundCandidate = PackCandidate & Readonly<{ location: string }>;

const candidateId = (volume: Volume, relative: string, size: number, mtimeMs: number): string =>
  `c-${crypto.createHash('sha256').update(`${volume.id}\0${relative}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 20)}`;

/** Declared size of a folder pack (sum of manifest files), or 0 when the manifest cannot be read cheaply. */
const folderBytes = async (manifest: string): Promise<number> => {
  try {
    const handle = await fs.promises.open(manifest, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > MAX_MANIFEST_READ) return 0;
      const json = JSON.parse(await handle.readFile('utf8')) as { files?: Array<{ size?: unknown }> };
      return (json.files ?? []).reduce((sum, f) => sum + (typeof f.size === 'number' ? f.size : 0), 0);
    } finally {
      await handle.close();
    }
  } catch {
    return 0;
  }
};

const inFolder = async (volume: Volume, relDir: string, limits: ScanLimits, out: FoundCandidate[]) => {
  const now = limits.now ?? Date.now;
  const dir = path.join(volume.path, relDir);
  try {
    // The pack folder itself must be a real folder, not a link elsewhere.
    if (relDir && !(await fs.promises.lstat(dir)).isDirectory()) return;
  } catch {
    return;
  }
  let handle: fs.Dir;
  try {
    handle = await fs.promises.opendir(dir);
  } catch {
    return;
  }
  const entries: fs.Dirent[] = [];
  try {
    for await (const entry of handle) {
      if (entries.length >= MAX_ENTRIES_PER_DIR || now() > limits.deadline) break;
      // Hidden names cover macOS's "._pack.zip" resource forks, which look like zips but are not.
      if (!entry.name.startsWith('.')) entries.push(entry);
    }
  } catch {
    // Pulled out while listing.
  } finally {
    await handle.close().catch(() => {});
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (out.length >= MAX_CANDIDATES || now() > limits.deadline) return;
    const location = path.join(dir, entry.name);
    const relative = relDir ? `${relDir}/${entry.name}` : entry.name;
    try {
      if (entry.isFile() && entry.name.toLowerCase().endsWith('.zip')) {
        const stat = await fs.promises.lstat(location);
        out.push(found(volume, relative, location, 'zip', stat.size, stat));
      } else if (entry.isDirectory()) {
        const manifest = path.join(location, MANIFEST_FILE);
        const stat = await fs.promises.lstat(manifest);
        if (!stat.isFile()) continue;
        out.push(found(volume, relative, location, 'folder', await folderBytes(manifest), stat));
      }
    } catch {
      // No manifest.json (an ordinary folder) or gone meanwhile: not a candidate.
    }
  }
};

const found = (
  volume: Volume,
  relative: string,
  location: string,
  kind: 'zip' | 'folder',
  bytes: number,
  stat: fs.Stats,
): FoundCandidate => ({
  id: candidateId(volume, relative, stat.size, stat.mtimeMs),
  volumeId: volume.id,
  volumeLabel: volume.label,
  name: relative,
  kind,
  bytes,
  modifiedAt: stat.mtime.toISOString(),
  location,
});

/**
 * Pack candidates on the volumes packs may come from (removable and import
 * roots): zips and folders holding a manifest.json, at the top level or in
 * `packFolder`. Bounded in entries and time; symlinks are never followed.
 */
export const scanCandidates = async (
  volumes: readonly Volume[],
  packFolder: string,
  limits: ScanLimits,
): Promise<FoundCandidate[]> => {
  const out: FoundCandidate[] = [];
  for (const volume of volumes) {
    if (volume.kind === 'export-root') continue;
    await inFolder(volume, '', limits, out);
    await inFolder(volume, packFolder, limits, out);
  }
  return out;
};
