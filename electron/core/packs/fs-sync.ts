import fs from 'node:fs';
import path from 'node:path';

/** Flushes a file's data to disk: after this a crash cannot leave it partly written. */
export const fsyncFile = async (file: string): Promise<void> => {
  const handle = await fs.promises.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/** Flushes a directory's entries (a rename or a new file in it) to disk. */
export const fsyncDir = (dir: string): void => {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

/** Runs `task` over `items` with at most `limit` at a time (fsync of many files in parallel). */
export const eachLimited = async <T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};

/**
 * Writes a small file so that readers see either the old or the new content, never
 * a mix: write a temp file, fsync it, rename it over the target, fsync the folder.
 */
export const writeFileAtomic = (file: string, content: string, tempSuffix: string): void => {
  const temp = `${file}.tmp-${tempSuffix}`;
  const fd = fs.openSync(temp, 'w', 0o644);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncDir(path.dirname(file));
};

/** Every directory under `root` (including it), deepest first: the order to fsync them in. */
export const dirsDeepestFirst = (root: string, files: readonly string[]): string[] => {
  const dirs = new Set<string>([root]);
  for (const file of files) {
    for (let dir = path.dirname(file); dir.startsWith(root) && dir !== root; dir = path.dirname(dir)) dirs.add(dir);
  }
  return [...dirs].sort((a, b) => b.length - a.length);
};
