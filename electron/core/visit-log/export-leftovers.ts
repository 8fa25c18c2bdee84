import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FOLDER_PREFIX } from './export-destination';

/** Entries looked at per folder: a huge stick cannot stall start-up. */
const MAX_ENTRIES = 512;
const PARTIAL = /^\..+\.partial$/;
/** Files of an export that never got its manifest: complete on their own, but not an export. */
const EXPORT_FILE = /_(visits|events)\.(csv|jsonl)$/;

const names = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir).slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
};

const isRealDir = (p: string) => {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Removes what an interrupted export (SIGKILL, power cut, stick pulled)
 * left on a volume: `.<name>.partial` temp files at the top level (exports
 * of older versions) and inside `changjiahui-export_*` folders; in such a
 * folder without its manifest also the row files, then the folder itself
 * when nothing else is left in it.
 * Links are removed as links, never followed. Returns what was removed.
 */
export const removeExportLeftovers = (volumeRoot: string): string[] => {
  const removed: string[] = [];
  const unlinkPartials = (dir: string, orphans = false) => {
    for (const name of names(dir)) {
      if (!PARTIAL.test(name) && !(orphans && EXPORT_FILE.test(name))) continue;
      const file = path.join(dir, name);
      try {
        if (fs.lstatSync(file).isDirectory()) continue;
        fs.unlinkSync(file);
        removed.push(file);
      } catch {
        // Gone already, or read-only stick: reported by the next export's own error.
      }
    }
  };
  unlinkPartials(volumeRoot);
  for (const name of names(volumeRoot)) {
    if (!name.startsWith(EXPORT_FOLDER_PREFIX)) continue;
    const folder = path.join(volumeRoot, name);
    if (!isRealDir(folder)) continue;
    // Without its manifest (written last) the folder is an interrupted export: its row files go too.
    const complete = names(folder).some((n) => n.endsWith('_manifest.json'));
    unlinkPartials(folder, !complete);
    if (!complete && names(folder).length === 0) {
      try {
        fs.rmdirSync(folder);
        removed.push(folder);
      } catch {
        // Not empty after all: leave it.
      }
    }
  }
  return removed;
};
