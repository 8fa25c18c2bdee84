import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findAppPaths } from '../../electron/core/app-paths';
import { parseCommandLine, stringOption, wantsHelp } from '../../electron/core/cli-args';
import { loadSettingsOrFault } from '../../electron/core/startup-fault';
import { planBrowser } from '../launcher/browser-user';
import { downloadElectron, findChromium, hasDisplay, installedElectron, x11ScreenSize } from '../launcher/find-binaries';
import { chooseLaunchMode, chromiumKioskArgs } from '../launcher/launch-mode';
import { buildIsStale } from '../launcher/stale';

/**
 * `npm start`: builds what is stale, then runs the kiosk in Electron when the runtime
 * is there (downloading it first if the network allows), else in system Chromium's
 * kiosk mode on the web host, else the web host alone. Says which and why.
 */
const root = findAppPaths(import.meta.dirname).root;
const USAGE = `usage: npm start -- [--electron | --browser | --serve] [--config FILE] [--no-build]
  Runs the kiosk: Electron when installed, else system Chromium in kiosk mode on the web host, else the web host alone.`;
const readLine = () => {
  try {
    return parseCommandLine(
      process.argv.slice(2),
      { electron: { type: 'boolean' }, browser: { type: 'boolean' }, serve: { type: 'boolean' }, 'no-build': { type: 'boolean' }, config: { type: 'string' } },
      { positionals: false },
    );
  } catch (error) {
    process.stderr.write(`[kiosk] ${(error as Error).message}\n${USAGE}\n`);
    process.exit(1); // the launcher's one failure code, as before
  }
};
const line = readLine();
const flag = (name: string) => line.values[name] === true;
const say = (line: string) => process.stdout.write(`[kiosk] ${line}\n`);

const SOURCES = ['renderer', 'electron', 'db', 'vite.config.ts'];
const OUTPUTS = ['dist/renderer/index.html', 'dist/web/serve.cjs', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'];

const buildIfStale = () => {
  if (flag('no-build') || !buildIsStale(root, SOURCES, OUTPUTS)) return;
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
  if (wantsHelp(line)) return void process.stdout.write(`${USAGE}\n`);
  buildIfStale();
  const configFile = stringOption(line, 'config') ?? process.env.KIOSK_CONFIG ?? path.join(root, 'kiosk.config.json');
  // A bad config is the kiosk's to show (its fault card); the launcher only needs a data folder for the browser profile.
  const { settings } = loadSettingsOrFault({ configFile, env: process.env });
  const requested = flag('serve') ? 'serve' : flag('browser') ? 'browser' : flag('electron') ? 'electron' : null;
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
  return superviseBrowser(host, choice.chromiumPath, path.join(settings.dataDir, 'chromium-profile'));
};

/** Opens the kiosk browser, never as root without its sandbox (build/launcher/browser-user.ts). */
const superviseBrowser = (host: { url: string; child: ChildProcess }, chromiumPath: string, ownProfile: string) => {
  const who = { uid: process.getuid?.() ?? null, sudoUser: process.env.SUDO_USER, runuserPath: findRunuser() };
  const asUser = who.uid === 0 && who.sudoUser ? who.sudoUser : null;
  // The sudo caller cannot write root's data folder: its browser profile lives in a folder it owns.
  const profile = asUser ? path.join(os.tmpdir(), `changjiahui-kiosk-chromium-${asUser}`) : ownProfile;
  const plan = planBrowser(who, chromiumPath, chromiumKioskArgs(host.url, profile, x11ScreenSize(process.env)));
  if (plan.run === 'refused') {
    say(plan.message);
    say(`the web host keeps running at ${host.url}`);
    return supervise([host.child]);
  }
  if (plan.run === 'as-user') {
    say(plan.note);
    fs.mkdirSync(profile, { recursive: true, mode: 0o700 });
    spawnSync('chown', ['-R', plan.user, profile]);
  }
  return supervise([host.child], () => spawn(plan.command, plan.args, { stdio: 'ignore' }));
};

const findRunuser = (): string | null => ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => fs.existsSync(p)) ?? null;

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
