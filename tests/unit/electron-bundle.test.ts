import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJS_FAKE_ELECTRON_HOOK } from '../fixtures/fake-electron/cjs-hook';

/**
 * The built bundles, not the sources: esbuild them the way build/scripts/build-node.ts
 * does (CJS, electron and better-sqlite3 external) and run each in a plain Node child
 * with a CommonJS fake of `electron`. Catches what only the artifact can get wrong:
 * ESM-only code in a CJS bundle, a missing external, a throw at module load.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let HOOK: string;

type Report = { what: string } & Record<string, unknown>;

const run = (bundle: string, waitFor: (reports: Report[]) => boolean, signal?: NodeJS.Signals) =>
  new Promise<{ reports: Report[]; code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', HOOK, bundle], {
      env: {
        ...process.env,
        NODE_PATH: path.join(ROOT, 'node_modules'),
        FAKE_APP_PATH: ROOT,
        FAKE_USER_DATA: path.join(dir, 'userData'),
        KIOSK_CONFIG: path.join(dir, 'kiosk.config.json'),
        KIOSK_QUIET: '1',
      },
    });
    const reports: Report[] = [];
    let stderr = '';
    let sent = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bundle did not finish: ${stderr}\n${JSON.stringify(reports)}`));
    }, 45_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) reports.push(JSON.parse(line) as Report);
      if (!sent && waitFor(reports)) {
        sent = true;
        child.kill(signal ?? 'SIGKILL');
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ reports, code, stderr });
    });
  });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bundle-'));
  fs.writeFileSync(path.join(dir, 'kiosk.config.json'), JSON.stringify({ dataDir: 'data' }));
  HOOK = path.join(dir, 'fake-electron-hook.cjs');
  fs.writeFileSync(HOOK, CJS_FAKE_ELECTRON_HOOK);
  await Promise.all(
    ['main', 'preload'].map((name) =>
      build({
        entryPoints: [path.join(ROOT, `electron/${name}/index.ts`)],
        outfile: path.join(dir, `${name}.cjs`),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['electron', 'better-sqlite3'],
        logLevel: 'silent',
      }),
    ),
  );
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('built bundles', () => {
  it('main.cjs starts: window, protocol, IPC, display awake, app://kiosk/ loaded; SIGTERM exits 0', async () => {
    const loaded = (reports: Report[]) => reports.some((r) => r.what === 'loadURL');
    const { reports, code, stderr } = await run(path.join(dir, 'main.cjs'), loaded, 'SIGTERM');
    const whats = reports.map((r) => r.what);
    expect(stderr).not.toMatch(/failed to start/);
    expect(whats).toEqual(expect.arrayContaining(['enableSandbox', 'privileged', 'menu', 'protocol', 'window', 'windowOpenHandler', 'powerSave', 'loadURL', 'exit']));
    expect(reports.find((r) => r.what === 'loadURL')?.url).toBe('app://kiosk/');
    expect(reports.find((r) => r.what === 'exit')?.code).toBe(0);
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(true);
  }, 60_000);

  it('preload.cjs requires nothing but electron and exposes kiosk { call, send, on }', async () => {
    const bundle = fs.readFileSync(path.join(dir, 'preload.cjs'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    // A sandboxed preload can require only a few modules; ours needs electron alone.
    expect([...new Set(required)]).toEqual(['electron']);
    const exposed = (reports: Report[]) => reports.some((r) => r.what === 'exposed');
    const { reports } = await run(path.join(dir, 'preload.cjs'), exposed);
    expect(reports.find((r) => r.what === 'exposed')).toEqual({ what: 'exposed', key: 'kiosk', members: ['call', 'send', 'on'] });
  }, 60_000);
});
