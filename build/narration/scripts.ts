import { readFileSync } from 'node:fs';

/**
 * Reads a narration script: one sentence per line; blank lines are ignored.
 * Each line becomes one caption cue, so the script's line breaks are the captions'.
 */
export const readScript = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
