/** Exit codes of kiosk-pack, documented in docs/content-packs.md. */
export const EXIT = { ok: 0, refused: 1, usage: 2, failure: 3 } as const;

/** A usage error: printed with the command's help, exits 2. */
export class UsageError extends Error {}

/** Parsed command line: positional arguments and `--flag value` / `-o value` options. */
export type Args = Readonly<{ positional: string[]; options: Record<string, string | true> }>;

const SHORT: Readonly<Record<string, string>> = { '-o': '--out', '-k': '--key', '-h': '--help' };
const BOOLEAN = new Set(['--help', '--force', '--allow-downgrade']);

/** Splits argv into positionals and options; unknown flags are caught by each command. */
export const parseArgs = (argv: readonly string[]): Args => {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const flag = SHORT[raw] ?? raw;
    if (!flag.startsWith('--')) {
      positional.push(raw);
      continue;
    }
    if (BOOLEAN.has(flag)) {
      options[flag.slice(2)] = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('-')) throw new UsageError(`${raw} needs a value`);
    options[flag.slice(2)] = value;
    i++;
  }
  return { positional, options };
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
