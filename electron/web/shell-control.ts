import type { ShellControl } from '../core/shell-control';
import { EXIT_CODES } from '../shared/exit-codes';

/** Stops the web host: closes the server and the core (flushing the visit log), then exits with `exitCode`. */
export type StopHost = (reason: string, exitCode: number) => void;

/**
 * The shell port for the web host (Chromium in kiosk mode). The host cannot
 * start itself again: it exits with a code its supervisor reads
 * (electron/shared/exit-codes.ts) — 75, build/scripts/start.ts starts a new
 * host and browser and systemd's `Restart=always` does the same; 78, start.ts
 * closes the kiosk browser and stops, and the unit's `RestartPreventExitStatus=78`
 * leaves it stopped: the desktop is free.
 */
export const createWebShellControl = (stop: StopHost): ShellControl => ({
  kind: 'chromium',
  restart: (reason) => stop(`restart: ${reason}`, EXIT_CODES.restart),
  exitToDesktop: (reason) => stop(`exit to desktop: ${reason}`, EXIT_CODES.exitToDesktop),
});
