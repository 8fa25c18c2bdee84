import type { App } from 'electron';
import type { ShellControl } from '../core/shell-control';
import { EXIT_CODES } from '../shared/exit-codes';
import { relaunchArgs } from './shell-args';

/** What the Electron shell control needs: the app to relaunch, its argv, and the orderly shutdown (lifecycle.ts). */
export type ElectronShellControlDeps = Readonly<{
  app: Pick<App, 'relaunch'>;
  /** This process's arguments without the executable (carried into the relaunch). */
  argv: readonly string[];
  /** Flushes and closes the core, then `app.exit(exitCode)`. */
  shutdown(reason: string, exitCode: number): Promise<void>;
}>;

/**
 * The shell port for Electron. Restart = `app.relaunch()` then the orderly
 * shutdown, with the crash relaunch count reset (a restart asked for by staff is
 * not a crash). Exit to desktop = the orderly shutdown with exit code 78, which
 * the systemd unit does not restart (`RestartPreventExitStatus=78`).
 */
export const createElectronShellControl = (deps: ElectronShellControlDeps): ShellControl => ({
  kind: 'electron',
  restart(reason) {
    deps.app.relaunch({ args: relaunchArgs(deps.argv, 0) });
    void deps.shutdown(`restart: ${reason}`, EXIT_CODES.stopped);
  },
  exitToDesktop(reason) {
    void deps.shutdown(`exit to desktop: ${reason}`, EXIT_CODES.exitToDesktop);
  },
});
