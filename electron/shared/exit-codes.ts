/**
 * Exit codes the kiosk processes end with on purpose, read by whatever restarts
 * them (build/scripts/start.ts, the systemd unit build/linux/changjiahui-kiosk.service).
 * One module: the shells, the launcher and the docs (docs/electron-shell.md) agree on them.
 */
export const EXIT_CODES = {
  /** A clean stop (SIGTERM, Ctrl+C): the systemd unit (Restart=always) starts it again. */
  stopped: 0,
  /** "Restart the kiosk" (web host): start me again now. 75 = EX_TEMPFAIL, "try again". */
  restart: 75,
  /** "Exit to desktop": stay stopped, close the kiosk browser; `RestartPreventExitStatus=78` in the unit. */
  exitToDesktop: 78,
} as const;

/** What a supervisor does when a kiosk process ends with `code`. */
export type ExitAction = 'restart' | 'desktop' | 'pass-on';

/** Restart on 75, stay on the desktop on 78, pass any other code on (the service manager decides). */
export const exitActionFor = (code: number | null): ExitAction =>
  code === EXIT_CODES.restart ? 'restart' : code === EXIT_CODES.exitToDesktop ? 'desktop' : 'pass-on';
