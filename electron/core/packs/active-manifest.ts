import path from 'node:path';
import type { LanguageCode, PackManifest } from '../../shared/content-pack';
import { readManifest } from '../content-source';
import type { ChapterTitles } from '../visit-log/export-format';
import { readPointer } from './pointer';

/**
 * The active pack's manifest, read without opening the pack store: no clean-up
 * of `packs/`, no writes, so a command line tool may call it next to a running
 * kiosk. Like the store, an unreadable pointer or installed pack falls back to
 * the bundled pack; null when that cannot be read either.
 */
export const readActiveManifest = (dataDir: string, defaultPackDir: string): PackManifest | null => {
  const packsDir = path.join(dataDir, 'packs');
  const pointer = readPointer(packsDir);
  const dirs = [
    pointer !== 'corrupt' && pointer.active ? path.join(packsDir, pointer.active.dir) : null,
    defaultPackDir,
  ];
  for (const dir of dirs) {
    if (dir === null) continue;
    try {
      return readManifest(dir);
    } catch {
      // Next: the bundled pack.
    }
  }
  return null;
};

/** Chapter titles in `language` as exports name them; a chapter without one keeps its id (export-format.ts). */
export const chapterTitlesOf = (manifest: PackManifest, language: LanguageCode): ChapterTitles =>
  Object.fromEntries(manifest.chapters.map((c) => [c.id, c.title[language] ?? c.id]));
