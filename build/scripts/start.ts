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
import { exitActionFor } from '../../electron/shared/exit-codes';

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
  const chromiumPath = choice.mode === 'chromium' ? choice.chromiumPath : null;
  const ownProfile = path.join(settings.dataDir, 'chromium-profile');
  // The host exits with 75 to be restarted ("restart the kiosk"), 78 to leave the desktop free (electron/shared/exit-codes.ts).
  for (;;) {
    const host = await startWebHost(configFile);
    say(`web host: ${host.url}`);
    const code = await supervise([host.child], chromiumPath ? browserWindow(host.url, chromiumPath, ownProfile) : undefined);
    const action = shuttingDown ? 'pass-on' : exitActionFor(code);
    if (action !== 'restart') {
      if (action === 'desktop') say('exit to desktop: the kiosk browser is closed and is not started again');
      process.exitCode = code ?? 0;
      return;
    }
    say('restart asked for on the System screen: starting the web host and browser again');
  }
};

/** How to open the kiosk browser on `url`, never as root without its sandbox (build/launcher/browser-user.ts); undefined = no window. */
const browserWindow = (url: string, chromiumPath: string, ownProfile: string): (() => ChildProcess) | undefined => {
  const who = { uid: process.getuid?.() ?? null, sudoUser: process.env.SUDO_USER, runuserPath: findRunuser() };
  const asUser = who.uid === 0 && who.sudoUser ? who.sudoUser : null;
  // The sudo caller cannot write root's data folder: its browser profile lives in a folder it owns.
  const profile = asUser ? path.join(os.tmpdir(), `changjiahui-kiosk-chromium-${asUser}`) : ownProfile;
  const plan = planBrowser(who, chromiumPath, chromiumKioskArgs(url, profile, x11ScreenSize(process.env)));
  if (plan.run === 'refused') {
    say(plan.message);
    say(`the web host keeps running at ${url}`);
    return undefined;
  }
  if (plan.run === 'as-user') {
    say(plan.note);
    fs.mkdirSync(profile, { recursive: true, mode: 0o700 });
    spawnSync('chown', ['-R', plan.user, profile]);
  }
  return () => spawn(plan.command, plan.args, { stdio: 'ignore' });
};

const findRunuser = (): string | null => ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => fs.existsSync(p)) ?? null;

const runElectron = async (electronPath: string, configFile: string) => {
  const child = spawn(electronPath, [root, '--config', configFile], { stdio: 'inherit' });
  // 78 (exit to desktop) is passed on, so a systemd unit running `npm start` leaves it stopped too.
  process.exitCode = (await supervise([child])) ?? 0;
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

/** True once Ctrl+C / SIGTERM reached the launcher: nothing is started again after it. */
let shuttingDown = false;
/** The processes a signal stops: the current host (or Electron) and its browser window. */
const running = new Set<ChildProcess>();
const stopAll = (signal: NodeJS.Signals) => {
  if (shuttingDown) return;
  shuttingDown = true;
  say(`${signal}: shutting down`);
  for (const child of running) child.kill('SIGTERM');
};
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

/**
 * Keeps one run of the kiosk up: restarts the browser window if it closes (at
 * most 5 times a minute) and resolves with the host's exit code once the host
 * (or Electron) exits, closing the window then. Signals go to every child, so the core flushes.
 */
const supervise = (children: ChildProcess[], openWindow?: () => ChildProcess) =>
  new Promise<number | null>((resolve) => {
    let window: ChildProcess | null = null;
    let ended = false;
    const restarts: number[] = [];
    const open = () => {
      if (!openWindow || ended || shuttingDown) return;
      const opened = openWindow();
      window = opened;
      running.add(opened);
      opened.once('exit', () => {
        running.delete(opened);
        const now = Date.now();
        restarts.push(now);
        while (restarts.length && now - (restarts[0] ?? now) > 60_000) restarts.shift();
        if (ended || shuttingDown) return;
        if (restarts.length > 5) say('the browser keeps closing; leaving the web host running without a window');
        else setTimeout(open, 1_000 * restarts.length);
      });
    };
    for (const child of children) running.add(child);
    open();
    for (const child of children) {
      child.once('exit', (code) => {
        running.delete(child);
        ended = true;
        window?.kill('SIGTERM');
        resolve(code);
      });
    }
  });

main().catch((error: unknown) => {
  process.stderr.write(`[kiosk] cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
