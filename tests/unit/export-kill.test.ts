import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeExportLeftovers } from '../../electron/core/visit-log/export-leftovers';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHILD = path.join(ROOT, 'tests/fixtures/visit-log/export-kill-child.ts');
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let mnt: string;
let usb: string;

beforeAll(() => {
  tmp = tempDir('export-kill-');
  dataDir = path.join(tmp.dir, 'data');
  mnt = path.join(tmp.dir, 'mnt');
  usb = path.join(mnt, 'STICK');
  fs.mkdirSync(usb, { recursive: true });
  const { log } = testVisitLog(dataDir);
  ingestAll(log, generateVisits({ seed: 11, visits: 3000, fromMs: Date.UTC(2026, 0, 2), toMs: Date.UTC(2026, 0, 28), randomIds: true }));
  log.close();
}, 120_000);
afterAll(() => tmp.cleanup());

/** Starts an export in a child and SIGKILLs it `delayMs` after its first rows (null: let it finish). */
const exportAndKill = (delayMs: number | null) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mnt], { cwd: ROOT, env: { ...process.env, KIOSK_QUIET: '1' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (delayMs !== null && out.includes('WRITING') && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('SIGKILL during an export (issue 15 #9)', () => {
  it('leaves, after the next start, either a complete export (manifest + matching files) or nothing', async () => {
    const outcomes: string[] = [];
    for (const delay of [0, 40, 150]) {
      for (const name of fs.readdirSync(usb)) fs.rmSync(path.join(usb, name), { recursive: true, force: true });
      const out = await exportAndKill(delay);
      const left = fs.readdirSync(usb);
      const partials = left.flatMap((d) => fs.readdirSync(path.join(usb, d))).filter((n) => n.endsWith('.partial'));
      // "Next start": the cleanup the kiosk runs on every volume it sees first.
      removeExportLeftovers(usb);
      const after = fs.readdirSync(usb);
      for (const folder of after) {
        const files = fs.readdirSync(path.join(usb, folder));
        const manifestName = files.find((n) => n.endsWith('_manifest.json'));
        expect(manifestName, `${folder} kept without its manifest`).toBeDefined();
        const manifest = JSON.parse(fs.readFileSync(path.join(usb, folder, manifestName ?? ''), 'utf8')) as { files: { name: string; sha256: string }[] };
        for (const f of manifest.files) expect(sha(path.join(usb, folder, f.name))).toBe(f.sha256);
        expect(files.filter((n) => n.startsWith('.'))).toEqual([]);
      }
      outcomes.push(`kill ${delay} ms after first rows: ${out.includes('DONE') ? 'finished' : 'killed'}, ${partials.length} partial file(s) left, ${after.length ? 'complete export kept' : 'nothing left'} after cleanup`);
    }
    console.log(outcomes.join('\n'));
    expect(outcomes.some((o) => o.includes('killed'))).toBe(true);
  }, 240_000);
});
