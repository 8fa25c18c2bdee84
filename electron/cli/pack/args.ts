import { EXIT_USAGE, parseCommandLine, UsageError, type OptionSpec } from '../../core/cli-args';

/** Exit codes of kiosk-pack, documented in docs/content-packs.md. */
export const EXIT = { ok: 0, refused: 1, usage: EXIT_USAGE, failure: 3 } as const;

export { UsageError } from '../../core/cli-args';

/** Parsed command line: positional arguments and `--flag value` / `-o value` options. */
export type Args = Readonly<{ positional: string[]; options: Record<string, string | true> }>;

/**
 * Parses one command's argv with the shared grammar (electron/core/cli-args.ts):
 * an option not in `spec` is a usage error, so a typo never runs a command with a default.
 */
export const parseArgs = (argv: readonly string[], spec: OptionSpec): Args => {
  const line = parseCommandLine(argv, spec);
  const options: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(line.values)) {
    if (value === true || typeof value === 'string') options[name] = value;
  }
  return { positional: [...line.positionals], options };
};

/** The one positional a command needs, or a usage error naming it. */
export const onePath = (args: Args, what: string): string => {
  const [value, extra] = args.positional;
  if (!value) throw new UsageError(`missing ${what}`);
  if (extra) throw new UsageError(`unexpected argument "${extra}"`);
  return value;
};

/** A string option, or a usage error when it is required and missing. */
export const option = (args: Args, name: string, required: boolean): string | undefined => {
  const value = args.options[name];
  if (value === true) throw new UsageError(`--${name} needs a value`);
  if (required && value === undefined) throw new UsageError(`missing --${name}`);
  return value;
};
