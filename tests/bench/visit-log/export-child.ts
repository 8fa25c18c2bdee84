/**
 * Runs one export in its own process so its peak memory (maxRSS) is measured
 * alone. Args: <dbFile> <outDir> <from> <to> <format>. Prints one JSON line.
 */
import fs from 'node:fs';
import { openDatabase } from '../../../db';
import { runExport } from '../../../electron/core/visit-log/export';

const [file, outDir, from, to, format] = process.argv.slice(2) as [string, string, string, string, 'csv' | 'jsonl' | 'xlsx'];
const main = async () => {
  const db = openDatabase(file, { readonly: true });
  const started = performance.now();
  const manifest = await runExport({ from, to, format, outDir, kioskId: 'kiosk-bench', utcOffsetMinutes: 480, reader: db });
  const ms = performance.now() - started;
  db.close();
  const rows = manifest.files.reduce((n, f) => n + f.rows, 0);
  const bytes = manifest.files.reduce((n, f) => n + f.bytes, 0);
  // ru_maxrss survives execve on Linux (the kernel folds the pre-exec mm's
  // high-water mark into it), so a child forked from a big parent reports the
  // parent's peak. VmHWM is this process's own mm only.
  const hwm = /VmHWM:\s+(\d+) kB/.exec(safeRead('/proc/self/status'));
  process.stdout.write(`${JSON.stringify({ ms, rows, bytes, maxRssKB: process.resourceUsage().maxRSS, vmHwmKB: hwm ? Number(hwm[1]) : null })}\n`);
};
const safeRead = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

void main();
