/** Flag that carries the relaunch count from one process to the next (see crash-policy.ts). */
export const RELAUNCH_FLAG = '--kiosk-relaunches';

/** What the shell reads from its command line. */
export type ShellArgs = Readonly<{
  /** `--config FILE` or `--config=FILE`. */
  config?: string;
  /** Relaunches in a row before this process (0 for a normal start). */
  relaunches: number;
}>;

/**
 * Reads our flags from `argv` (without the executable). Unknown arguments are
 * ignored, not refused: Chromium switches and the app path share the command line.
 */
export const parseShellArgs = (argv: readonly string[]): ShellArgs => {
  let config: string | undefined;
  let relaunches = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--config' && argv[i + 1] !== undefined) config = argv[++i];
    else if (arg.startsWith('--config=')) config = arg.slice('--config='.length);
    else if (arg.startsWith(`${RELAUNCH_FLAG}=`)) {
      const n = Number(arg.slice(RELAUNCH_FLAG.length + 1));
      relaunches = Number.isInteger(n) && n >= 0 ? n : 0;
    }
  }
  return config === undefined || config === '' ? { relaunches } : { config, relaunches };
};

/** Arguments for `app.relaunch()`: this process's own, with the relaunch count replaced. */
export const relaunchArgs = (argv: readonly string[], relaunches: number): string[] => [
  ...argv.filter((arg) => !arg.startsWith(`${RELAUNCH_FLAG}=`)),
  `${RELAUNCH_FLAG}=${relaunches}`,
];
