import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateVisits } from '../../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../../fixtures/visit-log/service';
import { packHarness } from '../../fixtures/packs/harness';
import { writeTestPack } from '../../fixtures/packs/make-pack';
import { exportDebris, packDebris } from './debris';
import { figure, type Figure } from './figures';
import { startHost } from './host';
import { alertRows } from './stored';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXPORT_CHILD = path.join(ROOT, 'tests/fixtures/visit-log/export-kill-child.ts');
const INSTALL_CHILD = path.join(ROOT, 'tests/fixtures/packs/crash-child.ts');

/**
 * Runs a child (through tsx) and SIGKILLs it `delayMs` after it prints `cue`;
 * `env` may make it kill itself at an install step instead. Resolves with
 * whether it died by SIGKILL and what it printed.
 */
const runAndKill = (args: string[], cue: string, delayMs: number, env: Record<string, string> = {}) =>
  new Promise<{ killed: boolean; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env: { ...process.env, KIOSK_QUIET: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!armed && output.includes(cue)) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', output }));
  });

/** Kills an export of many rows mid-write; tries shorter delays when it finished first. Returns the debris left on the stick. */
const killExport = async (dataDir: string, mnt: string, stick: string): Promise<string[]> => {
  for (const delay of [30, 5, 0]) {
    for (const name of fs.readdirSync(stick)) fs.rmSync(path.join(stick, name), { recursive: true, force: true });
    const run = await runAndKill([EXPORT_CHILD, dataDir, mnt], 'WRITING', delay);
    const debris = exportDebris(stick);
    if (run.killed && debris.length > 0) return debris;
  }
  return [];
};

/** Kills the install of a large pack mid-copy (or, if it outran the kill, at its `copied` step). Returns the debris in packs/ and when it died. */
const killInstall = async (
  dataDir: string,
  bundled: string,
  source: string,
): Promise<{ debris: string[]; when: string }> => {
  const packsDir = path.join(dataDir, 'packs');
  const mid = await runAndKill([INSTALL_CHILD, dataDir, bundled, source], 'STEP staging', 20);
  if (mid.killed && packDebris(packsDir).length > 0) return { debris: packDebris(packsDir), when: 'mid-copy' };
  await runAndKill([INSTALL_CHILD, dataDir, bundled, source], 'READY', 60_000, { KILL_AT: 'copied' });
  return { debris: packDebris(packsDir), when: 'after copy' };
};

/** Waits until `done()` or `ms` pass (the export cleanup runs at the host's first media scan, just after it listens). */
const waitFor = async (done: () => boolean, ms: number) => {
  for (const until = Date.now() + ms; !done() && Date.now() < until;) await new Promise((r) => setTimeout(r, 100));
};

/**
 * SIGKILL during an export (worker mid-write, many rows) and during the install
 * of a large pack, each in its own child process; then the real web host starts
 * on the same data dir with the stick's mount root and must remove both kinds
 * of leftovers and say so in health alerts.
 */
export const killFigures = async (root: string): Promise<Figure[]> => {
  const base = path.join(root, 'kill');
  const dataDir = path.join(base, 'data');
  const mnt = path.join(base, 'mnt');
  const stick = path.join(mnt, 'STICK');
  fs.mkdirSync(stick, { recursive: true });
  const { log } = testVisitLog(dataDir);
  const visits = generateVisits({
    seed: 15,
    visits: 3000,
    fromMs: Date.UTC(2026, 0, 2),
    toMs: Date.UTC(2026, 0, 28),
    randomIds: true,
  });
  ingestAll(log, visits);
  log.close();
  const events = visits.reduce((n, v) => n + v.events.length, 0);

  const bundled = path.join(base, 'bundled');
  const small = path.join(base, 'pack-small');
  const large = path.join(base, 'pack-large');
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
  await writeTestPack(small, { version: '1.0.0', variant: 'a' });
  // Two minutes of narration per chapter and language: ~10 MB to copy, so a kill lands mid-copy.
  await writeTestPack(large, { version: '1.1.0', variant: 'b', durationMs: 120_000 });
  await packHarness(dataDir, bundled).installer.install({ source: small });

  const exportLeft = await killExport(dataDir, mnt, stick);
  const install = await killInstall(dataDir, bundled, large);
  const installLeft = install.debris;
  const packsDir = path.join(dataDir, 'packs');
  const host = await startHost(dataDir, { removableMediaRoots: [mnt] });
  await waitFor(() => exportDebris(stick).length === 0, 10_000);
  const exit = await host.stop();
  const exportAfter = exportDebris(stick);
  const installAfter = packDebris(packsDir);
  const kinds = new Set(alertRows(path.join(dataDir, 'visits.sqlite')).map((a) => a.kind));
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    ...leftoverFigures(
      `export (${n(events)} events) killed mid-write`,
      'export',
      exportLeft,
      exportAfter,
      kinds,
      'export-leftovers-removed',
    ),
    ...leftoverFigures(
      `~10 MB pack install killed ${install.when}`,
      'install',
      installLeft,
      installAfter,
      kinds,
      'pack-leftovers-removed',
    ),
    figure('kill: next start stopped by SIGTERM, exit code', String(exit), exit === 0, '0'),
  ];
};

/** Left by the kill (so it landed), left after the next start (nothing), and the start's health alert saying so. */
const leftoverFigures = (
  killed: string,
  what: string,
  before: readonly string[],
  after: readonly string[],
  kinds: ReadonlySet<string>,
  alert: string,
): Figure[] => [
  figure(`kill: ${killed}: left`, before.length, before.length > 0, '> 0 (the kill landed)'),
  figure(`kill: ${what} leftovers after the next start`, after.length, after.length === 0, '0'),
  figure(`kill: ${what} cleanup reported (health alert)`, kinds.has(alert) ? 'yes' : 'no', kinds.has(alert), alert),
];
