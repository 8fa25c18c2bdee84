import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PackFile } from '../../shared/content-pack';
import { KioskFailure } from '../../shared/result';
import { PackRefusal, type PackProblem } from './pack-problems';
import type { PackSource } from './pack-source';

/** Called as bytes are verified and copied. */
export type CopyProgress = (bytesDone: number, file: string) => void;

export type CopyOptions = Readonly<{
  onProgress?: CopyProgress;
  /** Report mode (`kiosk-pack validate`): keep going after a bad file to list every one. */
  collectAll?: boolean;
}>;

const shortHash = (hex: string) => `${hex.slice(0, 12)}…`;

/** Resolves a pack path inside `root`; the names were checked already, this is the last guard. */
const inside = (root: string, name: string): string => {
  const target = path.resolve(root, name);
  if (!target.startsWith(path.resolve(root) + path.sep)) throw new Error(`${name}: escapes the staging folder`);
  return target;
};

/**
 * Streams one file into `target` while hashing it; returns the problem instead of
 * throwing so report mode can go on. Never reads more than the declared size.
 */
const copyOne = async (
  source: PackSource,
  file: PackFile,
  target: string | null,
  progress: (n: number) => void,
): Promise<PackProblem | null> => {
  const hash = crypto.createHash('sha256');
  let size = 0;
  // No target: verify only (pre-flight), with exactly the checks and messages of the copy.
  const out = target === null ? null : await fs.promises.open(target, 'wx', 0o644);
  try {
    const stream = await source.open(file.path);
    try {
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        size += bytes.length;
        if (size > file.size)
          return { where: file.path, message: `has more than the ${file.size} bytes manifest.json declares` };
        hash.update(bytes);
        await out?.write(bytes).catch((error: unknown) => {
          // A write failure is the kiosk's disk, not the pack: say so instead of blaming the file.
          throw new KioskFailure(
            'unavailable',
            `cannot write ${file.path} into the staging folder (${(error as Error).message})`,
          );
        });
        progress(bytes.length);
      }
    } finally {
      stream.destroy();
    }
  } catch (error) {
    if (error instanceof KioskFailure) throw error;
    return { where: file.path, message: `cannot be read (${(error as Error).message})` };
  } finally {
    await out?.close();
  }
  if (size !== file.size)
    return { where: file.path, message: `has ${size} bytes, manifest.json declares ${file.size} (truncated)` };
  const actual = hash.digest('hex');
  if (actual !== file.sha256) {
    return {
      where: file.path,
      message: `SHA-256 mismatch: manifest.json says ${shortHash(file.sha256)}, the file is ${shortHash(actual)}`,
    };
  }
  return null;
};

/**
 * Phase 3 of verification: copies every listed file into `destDir` (a staging
 * folder), hashing on the way, so each byte is read once. Throws a PackRefusal on
 * a size or hash mismatch; returns the absolute paths written, for fsync.
 */
export const copyVerified = async (
  source: PackSource,
  files: readonly PackFile[],
  destDir: string,
  options: CopyOptions = {},
): Promise<string[]> => {
  const written: string[] = [];
  const problems: PackProblem[] = [];
  const made = new Set<string>();
  let done = 0;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const target = inside(destDir, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      await fs.promises.mkdir(dir, { recursive: true });
      made.add(dir);
    }
    written.push(target);
    const problem = await copyOne(source, file, target, (n) => {
      done += n;
      options.onProgress?.(done, file.path);
    });
    if (problem) {
      problems.push(problem);
      if (!options.collectAll) break;
    }
  }
  if (problems.length > 0) throw new PackRefusal(problems);
  return written;
};

/**
 * Pre-flight: streams and hashes every listed file exactly as `copyVerified`
 * does, writing nothing; returns every problem (report mode).
 */
export const verifyFiles = async (source: PackSource, files: readonly PackFile[]): Promise<PackProblem[]> => {
  const problems: PackProblem[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const problem = await copyOne(source, file, null, () => {});
    if (problem) problems.push(problem);
  }
  return problems;
};
