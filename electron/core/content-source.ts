import fs from 'node:fs';
import path from 'node:path';
import type { PackManifest } from '../shared/content-pack';
import { validateManifest } from '../shared/pack-validate';
import { KioskFailure } from '../shared/result';

/** Where the active content comes from: the renderer reads the manifest, transports serve media. */
export type ContentSource = Readonly<{
  /** The active pack's manifest (cached until the pack changes). */
  manifest(): PackManifest;
  /** Key of the active pack, used in media URLs so an old visit's media never mixes with a new pack's. */
  activeKey(): string;
  /**
   * Resolves a media request to an absolute file inside a pack directory, or null.
   * Confined: the result is always inside the pack's own folder.
   */
  resolveMedia(packKey: string, relativePath: string): string | null;
}>;

/** Reads and validates `<dir>/manifest.json`, naming the file on failure. */
export const readManifest = (dir: string): PackManifest => {
  const file = path.join(dir, 'manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KioskFailure('invalid-input', `${file}: ${(error as Error).message}`);
  }
  const result = validateManifest(json);
  if (!result.ok) throw new KioskFailure('invalid-input', `${file}: ${result.error.message}`, result.error.field);
  return result.value;
};

/** Packs are keyed `<id>@<version>`. */
export const packKey = (m: Pick<PackManifest, 'id' | 'version'>): string => `${m.id}@${m.version}`;

/**
 * Resolves `relativePath` inside `root`, refusing anything that escapes it
 * (`..`, absolute paths, encoded separators, symlinks pointing outside).
 */
export const confinedPath = (root: string, relativePath: string): string | null => {
  if (relativePath.includes('\0') || relativePath.includes('\\')) return null;
  const resolved = path.resolve(root, relativePath);
  const rootWithSep = path.resolve(root) + path.sep;
  if (!resolved.startsWith(rootWithSep)) return null;
  try {
    const real = fs.realpathSync(resolved);
    const realRoot = fs.realpathSync(root) + path.sep;
    if (!real.startsWith(realRoot) || !fs.statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
};

/**
 * A content source over one fixed pack directory (the bundled default pack).
 * Read lazily: a broken pack makes `content:active` fail with a message naming the
 * file, while the kiosk itself keeps running.
 */
export const createDirectoryContentSource = (dir: string): ContentSource => {
  let cached: PackManifest | null = null;
  const manifest = () => (cached ??= readManifest(dir));
  return {
    manifest,
    activeKey: () => packKey(manifest()),
    resolveMedia: (requestedKey, relativePath) => {
      try {
        return requestedKey === packKey(manifest()) ? confinedPath(dir, relativePath) : null;
      } catch {
        return null;
      }
    },
  };
};
