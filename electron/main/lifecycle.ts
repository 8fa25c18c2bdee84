import type { App, BrowserWindow, PowerSaveBlocker } from 'electron';
import type { AppLog } from '../core/app-log';
import { EXIT_CODES } from '../shared/exit-codes';

/** Longest wait for the core to flush on quit; a stuck close must not keep a dead kiosk around. */
export const SHUTDOWN_TIMEOUT_MS = 5_000;

/**
 * Takes the single-instance lock. A second start (a double-tapped launcher, an
 * autostart racing the systemd unit) focuses the running window and quits itself.
 * Returns false in the second instance, which must then stop starting up.
 */
export const claimSingleInstance = (
  app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>,
  getWindow: () => BrowserWindow | null,
): boolean => {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
};

/** Keeps the screen on for as long as the kiosk runs; returns the blocker id. */
export const keepDisplayAwake = (blocker: Pick<PowerSaveBlocker, 'start'>): number =>
  blocker.start('prevent-display-sleep');

/** What shutdown needs: the app, the window, the core's close and the signal source. */
export type LifecycleDeps = Readonly<{
  app: Pick<App, 'on' | 'exit'>;
  window: BrowserWindow;
  devMode: boolean;
  /** Flushes and closes the core (visit log batches, database). */
  closeCore: () => Promise<void>;
  log: AppLog;
  /** Where SIGTERM / SIGINT come from (process in production). */
  signals: Pick<NodeJS.Process, 'on'>;
  timeoutMs?: number;
}>;

/** The shell's view of its own shutdown. */
export type Lifecycle = Readonly<{
  isQuitting(): boolean;
  /** Flushes and closes the core, then exits with `exitCode` (0 unless the shell control says otherwise, electron/shared/exit-codes.ts). */
  shutdown(reason: string, exitCode?: number): Promise<void>;
}>;

/**
 * Orderly shutdown on every path out (app.quit, SIGTERM from systemd, SIGINT, SIGHUP,
 * Windows session end):
 * flush and close the core, then exit. In production the window refuses to close
 * on its own (Alt+F4 reaches Windows before any key handler), so only these paths end the app.
 */
export const registerLifecycle = (deps: LifecycleDeps): Lifecycle => {
  let quitting = false;
  let done: Promise<void> | null = null;
  const shutdown = (reason: string, exitCode: number = EXIT_CODES.stopped) => {
    quitting = true;
    done ??= (async () => {
      deps.log.info('shutting down', { reason, exitCode });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          deps.log.error('core close timed out', { timeoutMs: deps.timeoutMs ?? SHUTDOWN_TIMEOUT_MS });
          resolve();
        }, deps.timeoutMs ?? SHUTDOWN_TIMEOUT_MS);
      });
      await Promise.race([deps.closeCore().catch((error: unknown) => deps.log.error('core close failed', error)), timeout]);
      clearTimeout(timer);
      deps.app.exit(exitCode);
    })();
    return done;
  };
  deps.app.on('before-quit', (event) => {
    // exit() after the flush skips this event, so preventing it here cannot loop.
    event.preventDefault();
    void shutdown('before-quit');
  });
  deps.app.on('window-all-closed', () => void shutdown('window closed'));
  // SIGHUP: the X session ending under a desktop-autostarted kiosk.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) deps.signals.on(signal, () => void shutdown(signal));
  // Windows shutdown or logoff skips before-quit; flush here instead.
  deps.window.on('session-end', () => void shutdown('session end'));
  deps.window.on('close', (event) => {
    if (!quitting && !deps.devMode) event.preventDefault();
  });
  // GPU or utility process crashes: Chromium restarts them itself, but staff should see them.
  deps.app.on('child-process-gone', (_event, details) => deps.log.warn('child process gone', { type: details.type, reason: details.reason }));
  return { isQuitting: () => quitting, shutdown };
};
