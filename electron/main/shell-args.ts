import { parseCommandLine, stringOption, UsageError } from '../core/cli-args';

/** Flag that carries the relaunch count from one process to the next (see crash-policy.ts). */
export const RELAUNCH_FLAG = '--kiosk-relaunches';

/** Roles whose PIN `--set-pin` may set (the integrator wires the prompt; see docs/electron-shell.md). */
export const PIN_ROLES = ['staff', 'admin'] as const;

/** What the shell reads from its command line. */
export type ShellArgs = Readonly<{
  /** `--config FILE` or `--config=FILE`. */
  config?: string;
  /** Relaunches in a row before this process (0 for a normal start). */
  relaunches: number;
  /** `--set-pin staff|admin`: set that role's PIN instead of starting the kiosk. */
  setPin?: (typeof PIN_ROLES)[number];
}>;

const SHELL_OPTIONS = {
  config: { type: 'string' },
  [RELAUNCH_FLAG.slice(2)]: { type: 'string' },
  'set-pin': { type: 'string' },
} as const;

/**
 * Reads our flags from `argv` (without the executable) with the shared grammar,
 * not strictly: Chromium switches and the app path share the command line, so
 * unknown arguments are ignored. A `--set-pin` with another role than staff or
 * admin is a UsageError: it is an explicit admin action, never guessed.
 */
export const parseShellArgs = (argv: readonly string[]): ShellArgs => {
  const line = parseCommandLine(argv, SHELL_OPTIONS, { strict: false });
  const config = typeof line.values.config === 'string' && line.values.config !== '' ? line.values.config : undefined;
  const n = Number(line.values[RELAUNCH_FLAG.slice(2)]);
  const relaunches = Number.isInteger(n) && n >= 0 ? n : 0;
  const pin = line.values['set-pin'] === undefined ? undefined : stringOption(line, 'set-pin');
  if (pin !== undefined && !(PIN_ROLES as readonly string[]).includes(pin)) {
    throw new UsageError(`--set-pin: "${pin}" (expected ${PIN_ROLES.join(' or ')})`);
  }
  const setPin = pin as ShellArgs['setPin'];
  return { ...(config === undefined ? {} : { config }), relaunches, ...(setPin ? { setPin } : {}) };
};

/** Arguments for `app.relaunch()`: this process's own, with the relaunch count replaced. */
export const relaunchArgs = (argv: readonly string[], relaunches: number): string[] => [
  ...argv.filter((arg) => !arg.startsWith(`${RELAUNCH_FLAG}=`)),
  `${RELAUNCH_FLAG}=${relaunches}`,
];
