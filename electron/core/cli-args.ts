import { parseArgs } from 'node:util';

/**
 * The one argument grammar of every command line in this repository (`kiosk`,
 * `kiosk export`, `kiosk-pack`, the Electron binary, the web host, `npm start`):
 * node:util `parseArgs` behind one spec type, one UsageError and one help rule.
 */

/** Exit code of a bad command line, the same for every command. */
export const EXIT_USAGE = 2;

/** A bad command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The options a command accepts: `--name value` (string) or `--name` (boolean), optionally `-x`. */
export type OptionSpec = Readonly<Record<string, Readonly<{ type: 'string' | 'boolean'; short?: string }>>>;

/** What was given: option values by long name (without `--`) and the positional arguments in order. */
export type CommandLine = Readonly<{ values: Readonly<Record<string, string | boolean | undefined>>; positionals: readonly string[] }>;

export type ParseOptions = Readonly<{
  /** Positional arguments allowed (default true). */
  positionals?: boolean;
  /**
   * false: unknown options are kept, not refused — only for the Electron binary, whose
   * command line Chromium switches share. Every CLI is strict.
   */
  strict?: boolean;
}>;

/** `--help` / `-h` is part of every command. */
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** node's messages add hints about `--`; the first sentence is what a user needs. */
const firstSentence = (message: string): string => message.split(/\.\s|\n/)[0]?.replace(/\.$/, '') ?? message;

/**
 * Parses `argv` against `spec`; throws UsageError for an unknown option, a
 * missing or ambiguous value, or an unexpected positional. A string option
 * given twice keeps its last value.
 */
export const parseCommandLine = (argv: readonly string[], spec: OptionSpec, options: ParseOptions = {}): CommandLine => {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...HELP, ...spec },
      allowPositionals: options.positionals ?? true,
      strict: options.strict ?? true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message));
  }
};

/** A string option's value; UsageError when it is required and missing (or given without a value). */
export const stringOption = (line: CommandLine, name: string, required = false): string | undefined => {
  const value = line.values[name];
  if (value === undefined && required) throw new UsageError(`--${name} is required`);
  if (value === true || value === '') throw new UsageError(`--${name} needs a value`);
  return typeof value === 'string' ? value : undefined;
};

/** Whether `--help` / `-h` was given. */
export const wantsHelp = (line: CommandLine): boolean => line.values.help === true;
