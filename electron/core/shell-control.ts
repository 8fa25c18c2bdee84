/** What the core may ask of the shell that runs it: Electron, or the web host with Chromium in kiosk mode. */
export type ShellControl = Readonly<{
  /** Which shell runs the kiosk. */
  kind: 'electron' | 'chromium';
  /** Relaunches the kiosk (Electron) or exits for the service unit to start it again (web host). Callers flush the visit log first. */
  restart(reason: string): void;
  /** Leaves kiosk mode for the desktop, without a restart. Callers flush the visit log first. */
  exitToDesktop(reason: string): void;
}>;
