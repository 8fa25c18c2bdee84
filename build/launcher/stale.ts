import fs from 'node:fs';
import path from 'node:path';

const newestIn = (dir: string): number => {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestIn(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
};

/** True when any source is newer than the build outputs (or an output is missing). */
export const buildIsStale = (root: string, sources: readonly string[], outputs: readonly string[]): boolean => {
  const outputTimes = outputs.map((file) => {
    const full = path.join(root, file);
    return fs.existsSync(full) ? fs.statSync(full).mtimeMs : 0;
  });
  const oldestOutput = Math.min(...outputTimes);
  if (oldestOutput === 0) return true;
  return sources.some((dir) => newestIn(path.join(root, dir)) > oldestOutput);
};
