import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPointer } from '../../electron/core/packs/pointer';
import type { PackManifest } from '../../electron/shared/content-pack';
import { packHarness, tempDir } from '../fixtures/packs/harness';
import { writeTestPack } from '../fixtures/packs/make-pack';

const ROUNDS = 24;
const CHILD = path.resolve(import.meta.dirname, '../fixtures/packs/crash-child.ts');
const STEPS = ['staging', 'copied', 'synced', 'renamed', 'activated'];
let root: string;
let childBundle: string;
let bundled: string;
let dataDir: string;
const packs: Record<string, string> = {};

beforeAll(async () => {
  root = tempDir('kiosk-crash-');
  // Bundled once: a plain `node child.cjs` starts in a fraction of the time a TS loader needs.
  childBundle = path.join(root, 'crash-child.cjs');
  await build({
    entryPoints: [CHILD],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: childBundle,
    logLevel: 'warning',
  });
  bundled = path.join(root, 'bundled');
  dataDir = path.join(root, 'data');
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
  // Long narration: a few MB per pack, so random kills land mid-copy too.
  packs['test-pack@1.0.0'] = path.join(root, 'a');
  packs['test-pack@1.1.0'] = path.join(root, 'b');
  await writeTestPack(path.join(root, 'a'), { version: '1.0.0', variant: 'a', durationMs: 20_000 });
  await writeTestPack(path.join(root, 'b'), { version: '1.1.0', variant: 'b', durationMs: 20_000 });
  await packHarness(dataDir, bundled).installer.install({ source: path.join(root, 'a') });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Runs the child; kills it at `delayMs` after READY (or lets KILL_AT do it). Returns the last step it reported. */
const installAndKill = (source: string, delayMs: number | null, killAt?: string) =>
  new Promise<{ output: string; signal: string | null; installMs: number }>((resolve, reject) => {
    let readyAt = 0;
    const child = spawn(process.execPath, [childBundle, dataDir, bundled, source], {
      env: { ...process.env, ...(killAt ? { KILL_AT: killAt } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      if (!before.includes('READY') && output.includes('READY')) {
        readyAt = Date.now();
        if (delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ output, signal, installMs: Date.now() - readyAt }));
  });

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Asserts the kiosk comes up on exactly one complete pack; returns its key. */
const assertWhole = (): string => {
  const kiosk = packHarness(dataDir, bundled);
  const key = kiosk.store.activeKey();
  expect(Object.keys(packs)).toContain(key);
  const pointer = readPointer(kiosk.store.packsDir);
  if (pointer === 'corrupt' || !pointer.active) throw new Error(`pointer unusable: ${JSON.stringify(pointer)}`);
  const dir = path.join(kiosk.store.packsDir, pointer.active.dir);
  const manifestBytes = fs.readFileSync(path.join(dir, 'manifest.json'));
  expect(manifestBytes.equals(fs.readFileSync(path.join(packs[key] ?? '', 'manifest.json')))).toBe(true);
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as PackManifest;
  for (const file of manifest.files) expect(sha(path.join(dir, file.path)), file.path).toBe(file.sha256);
  // Leftovers are gone after the restart: only the pointer and the kept packs remain
  // (active + keepPreviousPacks 2 + the newest version, protected from eviction).
  const names = fs.readdirSync(kiosk.store.packsDir);
  expect(names.filter((n) => n.startsWith('.') || n.includes('.tmp-'))).toEqual([]);
  expect(names.length).toBeLessThanOrEqual(1 + 1 + 2 + 1);
  return key;
};

describe('crash during install (SIGKILL)', () => {
  it(`comes up on the complete old or the complete new pack after ${ROUNDS} kills`, async () => {
    // How long an undisturbed install takes here, to spread the random kills over it.
    const clean = await installAndKill(packs['test-pack@1.1.0'] ?? '', null);
    expect(clean.output).toContain('DONE');
    const spanMs = Math.max(50, clean.installMs);
    let current = assertWhole();
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const target = current === 'test-pack@1.0.0' ? 'test-pack@1.1.0' : 'test-pack@1.0.0';
      const step = round < STEPS.length ? STEPS[round] : undefined;
      const delay = step ? null : Math.floor(Math.random() * spanMs);
      const { output, signal } = await installAndKill(packs[target] ?? '', delay, step);
      const reached = [...output.matchAll(/STEP (\w+)/g)].map((m) => m[1]).at(-1) ?? 'start';
      const after = assertWhole();
      expect([current, target]).toContain(after);
      outcomes.push(
        `${step ?? `${delay}ms`} → last step ${reached}, ${signal ?? 'exited'}: ${after === target ? 'new' : 'old'}`,
      );
      current = after;
    }
    expect(outcomes).toHaveLength(ROUNDS);
    console.log(`crash rounds:\n${outcomes.join('\n')}`);
    // Killed after the pointer switch = new pack; before it = old pack.
    expect(outcomes[STEPS.indexOf('staging')]).toMatch(/old$/);
    expect(outcomes[STEPS.indexOf('activated')]).toMatch(/new$/);
  }, 240_000);
});
