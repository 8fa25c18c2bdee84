import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import type { PackFile } from '../../shared/content-pack';
import { isOsJunk, MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';

/** Every zip entry gets this time, so the same folder always builds the same bytes. */
export const FIXED_ZIP_TIME = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));
/** Already-compressed media are stored, not deflated: deflating them wastes time for nothing. */
const STORED = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.opus', '.ogg', '.oga', '.mp3', '.m4a', '.woff2']);

/** SHA-256 (hex) and size of a file, streamed. */
export const hashFile = async (file: string): Promise<{ size: number; sha256: string }> => {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    size += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { size, sha256: hash.digest('hex') };
};

/**
 * Pack-relative paths of every regular file under `dir`, sorted, without manifest.json,
 * manifest.sig and OS junk (.DS_Store, ._*, __MACOSX/, Thumbs.db, desktop.ini).
 */
export const listPackFiles = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (isOsJunk(rel)) continue;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && rel !== MANIFEST_FILE && rel !== SIGNATURE_FILE) out.push(rel);
    }
  };
  walk('');
  return out.sort();
};

/** Computes the `files` list of a pack folder: every file with its size and SHA-256. */
export const computePackFiles = async (dir: string): Promise<PackFile[]> => {
  const files: PackFile[] = [];
  for (const rel of listPackFiles(dir)) files.push({ path: rel, ...(await hashFile(path.join(dir, rel))) });
  return files;
};

/** The manifest text as `build` writes it: two-space JSON with a final newline. */
export const manifestText = (manifest: unknown): string => `${JSON.stringify(manifest, null, 2)}\n`;

/**
 * Manifest and signature bytes to put in the zip instead of the folder's own, so
 * `build` can check a pack before it writes anything into the source folder.
 * `signature: null` leaves manifest.sig out.
 */
export type ZipOverrides = Readonly<{ manifest: Buffer; signature: Buffer | null }>;

/**
 * Writes a deterministic zip of a pack folder: entries sorted, fixed times and
 * modes, manifest.json first so a reader finds it without scanning.
 */
export const writeDeterministicZip = async (dir: string, out: string, overrides?: ZipOverrides): Promise<void> => {
  const zip = new yazl.ZipFile();
  const options = (name: string) => ({
    mtime: FIXED_ZIP_TIME,
    mode: 0o100644,
    compress: !STORED.has(path.extname(name).toLowerCase()),
    forceDosTimestamp: true,
  });
  if (overrides) {
    zip.addBuffer(overrides.manifest, MANIFEST_FILE, options(MANIFEST_FILE));
    if (overrides.signature) zip.addBuffer(overrides.signature, SIGNATURE_FILE, options(SIGNATURE_FILE));
  }
  const own = overrides ? [] : [MANIFEST_FILE, SIGNATURE_FILE].filter((n) => fs.existsSync(path.join(dir, n)));
  for (const name of [...own, ...listPackFiles(dir)]) zip.addFile(path.join(dir, name), name, options(name));
  zip.end();
  const temp = `${out}.tmp-${process.pid}`;
  await new Promise<void>((resolve, reject) => {
    const sink = fs.createWriteStream(temp);
    zip.outputStream
      .on('error', reject)
      .pipe(sink)
      .on('error', reject)
      .on('close', () => resolve());
  });
  fs.renameSync(temp, out);
};
