import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { findAppPaths } from '../../electron/core/app-paths';
import { loadSettings } from '../../electron/core/settings';
import { downloadElectron, findChromium, hasDisplay, installedElectron, x11ScreenSize } from '../launcher/find-binaries';
import { chooseLaunchMode, chromiumKioskArgs } from '../launcher/launch-mode';
import { buildIsStale } from '../launcher/stale';

/**
 * `npm start`: builds what is stale, then runs the kiosk in Electron when the runtime
 * is there (downloading it first if the network allows), else in system Chromium's
 * kiosk mode on the web host, else the web host alone. Says which and why.
 */
const root = findAppPaths(import.meta.dirname).root;
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const say = (line: string) => process.stdout.write(`[kiosk] ${line}\n`);

const SOURCES = ['renderer', 'electron', 'db', 'vite.config.ts'];
const OUTPUTS = ['dist/renderer/index.html', 'dist/web/serve.cjs', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'];

const buildIfStale = () => {
  if (flag('--no-build') || !buildIsStale(root, SOURCES, OUTPUTS)) return;
  say('building renderer and shells…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('build failed (see above)');
};

const electronRuntime = (): { path: string | null; problem: string | null } => {
  const present = installedElectron(root);
  if (present) return { path: present, problem: null };
  if (process.env.KIOSK_NO_ELECTRON_DOWNLOAD === '1') return { path: null, problem: 'not installed and KIOSK_NO_ELECTRON_DOWNLOAD=1' };
  say('Electron runtime not installed; trying to download it…');
  const problem = downloadElectron(root, 180_000);
  return { path: problem ? null : installedElectron(root), problem };
};

const main = async () => {
  buildIfStale();
  const configFile = option('--config') ?? process.env.KIOSK_CONFIG ?? path.join(root, 'kiosk.config.json');
  const settings = loadSettings({ configFile, env: process.env });
  const requested = flag('--serve') ? 'serve' : flag('--browser') ? 'browser' : flag('--electron') ? 'electron' : null;
  const electron = requested === 'serve' || requested === 'browser' ? { path: null, problem: `--${requested} given` } : electronRuntime();
  const choice = chooseLaunchMode({
    requested,
    electronPath: electron.path,
    electronProblem: electron.problem,
    chromiumPath: findChromium(process.env, process.platform),
    hasDisplay: hasDisplay(process.env, process.platform),
  });
  say(`mode: ${choice.mode} — ${choice.reason}`);
  if (choice.mode === 'electron') return runElectron(choice.electronPath, configFile);
  const host = await startWebHost(configFile);
  say(`web host: ${host.url}`);
  if (choice.mode === 'serve') return supervise([host.child]);
  const profile = path.join(settings.dataDir, 'chromium-profile');
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return supervise([host.child], () => spawn(choice.chromiumPath, chromiumKioskArgs(host.url, profile, runningAsRoot, x11ScreenSize(process.env)), { stdio: 'ignore' }));
};

const runElectron = (electronPath: string, configFile: string) => {
  const child = spawn(electronPath, [root, '--config', configFile], { stdio: 'inherit' });
  return supervise([child]);
};

const startWebHost = (configFile: string) =>
  new Promise<{ url: string; child: ChildProcess }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/web/serve.cjs'), '--config', configFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const url = /KIOSK_URL=(\S+)/.exec(buffered)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`web host exited with code ${code}`)));
  });

/**
 * Keeps the kiosk up: restarts the browser window if it closes (at most 5 times a
 * minute), forwards Ctrl+C / SIGTERM so the core flushes, exits when the host exits.
 */
const supervise = (children: ChildProcess[], openWindow?: () => ChildProcess) => {
  let window: ChildProcess | null = null;
  let stopping = false;
  const restarts: number[] = [];
  const open = () => {
    if (!openWindow || stopping) return;
    window = openWindow();
    window.once('exit', () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - (restarts[0] ?? now) > 60_000) restarts.shift();
      if (stopping) return;
      if (restarts.length > 5) say('the browser keeps closing; leaving the web host running without a window');
      else setTimeout(open, 1_000 * restarts.length);
    });
  };
  open();
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    window?.kill('SIGTERM');
    for (const child of children) child.kill('SIGTERM');
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (const child of children) {
    child.once('exit', (code) => {
      stopping = true;
      window?.kill('SIGTERM');
      process.exitCode = code ?? 0;
    });
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`[kiosk] cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
