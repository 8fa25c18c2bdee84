import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import { startCoreSafely } from '../core/start-core';
import { APP_START_URL, MEDIA_BASE, registerAppProtocol, registerPrivilegedSchemes } from './app-protocol';
import { applyKioskSwitches } from './chromium-switches';
import { registerCrashRecovery, type CrashRecovery } from './crash-recovery';
import { forwardEvents, registerIpcHandlers } from './ipc-binding';
import { createKioskWindow } from './kiosk-window';
import { createElectronPdfPrinter } from './electron-pdf-printer';
import { fontSourceFor } from '../core/report/report-fonts';
import { keepDisplayAwakeWhileOpen } from './display-sleep';
import { claimSingleInstance, registerLifecycle, type Lifecycle } from './lifecycle';
import { registerSessionGuards } from './session-guards';
import { runSetPinMode } from './set-pin-mode';
import { createElectronShellControl } from './shell-control';
import { parseShellArgs, relaunchArgs, type ShellArgs } from './shell-args';
import { loadShellSettings, resolveShellPaths, type ShellEnvironment } from './shell-paths';
import { guardEveryWebContents, registerWindowGuards } from './window-guards';

/**
 * Composition root of the Electron shell, and the only module that imports the
 * real `electron`: every other module gets what it needs as parameters, so tests
 * drive them with tests/fixtures/fake-electron.
 */
/** The command line, or null after saying what is wrong with it (exit 2, the CLIs' usage code). */
const readArgs = (): ShellArgs | null => {
  try {
    return parseShellArgs(process.argv.slice(1));
  } catch (error) {
    process.stderr.write(`changjiahui-kiosk: ${(error as Error).message}\n`);
    return null;
  }
};
const parsedArgs = readArgs();
const args: ShellArgs = parsedArgs ?? { relaunches: 0 };
let window: BrowserWindow | null = null;

// Before ready: sandbox every renderer, Chromium switches, the app:// scheme's privileges.
app.enableSandbox();
applyKioskSwitches(app.commandLine);
registerPrivilegedSchemes(protocol);

const shellEnvironment = (): ShellEnvironment => ({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  userDataDir: app.getPath('userData'),
  cwd: process.cwd(),
  env: process.env,
  args,
});

const start = async (): Promise<void> => {
  const shell = shellEnvironment();
  const paths = resolveShellPaths(shell);
  // A bad config or data folder becomes a card on screen (app:info.startupFault), never an exit: see core/start-core.ts.
  const outcome = loadShellSettings(shell, paths.configFile);
  await app.whenReady();
  Menu.setApplicationMenu(null);

  let recovery: CrashRecovery | null = null;
  // The lifecycle exists once the window does; a restart asked for before that just exits (the unit restarts it).
  let lifecycle: Lifecycle | null = null;
  const shellControl = createElectronShellControl({
    app,
    argv: process.argv.slice(1),
    shutdown: (reason, exitCode) => lifecycle?.shutdown(reason, exitCode) ?? Promise.resolve(app.exit(exitCode)),
  });
  const core = startCoreSafely(outcome, {
    appVersion: paths.appVersion,
    shell: shellControl,
    mediaBase: MEDIA_BASE,
    defaultPackDir: paths.defaultPackDir,
    attractOnly: () => recovery?.attractOnly() ?? false,
    report: { printer: createElectronPdfPrinter(BrowserWindow), fonts: fontSourceFor(app.getAppPath(), paths.rendererDir) },
  });
  const { log, settings } = core;
  log.info('electron shell starting', { version: paths.appVersion, dataDir: settings.dataDir, relaunches: args.relaunches });

  registerAppProtocol(protocol, { rendererDir: paths.rendererDir, content: core.content, log });
  registerSessionGuards(session.defaultSession, log);
  guardEveryWebContents(app, log);
  const win = createKioskWindow(BrowserWindow, { preload: paths.preload, devMode: settings.devMode });
  window = win;
  registerWindowGuards(win, { devMode: settings.devMode, log });
  registerIpcHandlers({ ipcMain, core, contents: win.webContents });
  forwardEvents(core.bus, win.webContents);
  const life = registerLifecycle({ app, window: win, devMode: settings.devMode, closeCore: core.close, log, signals: process });
  lifecycle = life;
  recovery = registerCrashRecovery({
    window: win,
    policy: settings.crashPolicy,
    relaunches: args.relaunches,
    startUrl: APP_START_URL,
    log,
    record: core.alert,
    isQuitting: life.isQuitting,
    relaunch: (relaunches) => {
      app.relaunch({ args: relaunchArgs(process.argv.slice(1), relaunches) });
      void life.shutdown('relaunch after repeated renderer crashes');
    },
  });
  keepDisplayAwakeWhileOpen(powerSaveBlocker, core.opening);
  // A failed first load is logged, not fatal: crash recovery and staff can still act on a running shell.
  win.loadURL(APP_START_URL).catch((error: unknown) => log.error('renderer failed to load', error));
};

if (parsedArgs === null) app.exit(2);
else if (args.setPin) {
  // Before the single-instance lock: a PIN can be set while the kiosk runs.
  void runSetPinMode(args.setPin, shellEnvironment(), process).then((code) => app.exit(code));
} else if (claimSingleInstance(app, () => window)) {
  start().catch((error: unknown) => {
    // Nothing to show the error on yet: stderr goes to the journal (systemd) or the terminal.
    process.stderr.write(`kiosk shell failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    app.exit(1);
  });
}
