import fs from 'node:fs';
import path from 'node:path';
import { installedOf, POINTER_FILE, readPointer } from '../../../electron/core/packs/pointer';

const list = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
};
const isDir = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * What an interrupted export can leave on a volume, judged from the outside:
 * hidden temp files (`.…partial`) at the top or in a folder, and export folders
 * without their manifest (written last), each with its files.
 */
export const exportDebris = (volume: string): string[] => {
  const found: string[] = [];
  for (const name of list(volume)) {
    const entry = path.join(volume, name);
    if (!isDir(entry)) {
      if (name.startsWith('.')) found.push(entry);
      continue;
    }
    const inside = list(entry);
    const complete = inside.some((n) => n.endsWith('_manifest.json'));
    for (const n of inside) if (!complete || n.startsWith('.')) found.push(path.join(entry, n));
    if (!complete) found.push(entry);
  }
  return found;
};

/**
 * What an interrupted install can leave in `<dataDir>/packs`: hidden staging
 * folders, temp pointer files, and pack folders the pointer does not name.
 */
export const packDebris = (packsDir: string): string[] => {
  const pointer = readPointer(packsDir);
  const named = new Set(pointer === 'corrupt' ? [] : installedOf(pointer).map((s) => s.dir));
  if (pointer !== 'corrupt') for (const slot of [pointer.active, pointer.previous]) if (slot) named.add(slot.dir);
  return list(packsDir)
    .filter(
      (n) =>
        n !== POINTER_FILE && (n.startsWith('.') || n.includes('.tmp') || (pointer !== 'corrupt' && !named.has(n))),
    )
    .map((n) => path.join(packsDir, n));
};
