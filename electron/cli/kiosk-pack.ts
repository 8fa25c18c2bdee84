import type { OptionSpec } from '../core/cli-args';
import { parseArgs, EXIT, UsageError, type Args } from './pack/args';
import { buildCommand } from './pack/build';
import { cliContext, type CliContext } from './pack/context';
import { initCommand } from './pack/init';
import { keygenCommand, signCommand, verifyCommand } from './pack/keys';
import { validateCommand } from './pack/validate';

const USAGE = `kiosk-pack: make, check and sign content packs for the Changjiahui kiosk

  kiosk-pack init DIR [--from PACK_DIR]        start a pack from the default pack
  kiosk-pack validate DIR|ZIP                  pre-flight report (exit 1 if anything is wrong)
  kiosk-pack build DIR -o pack.zip [--key K]   hash files into manifest.json, write a deterministic zip
  kiosk-pack keygen [-o NAME] [--force]        new Ed25519 key pair: NAME.key + NAME.pub
  kiosk-pack sign DIR --key NAME.key           write DIR/manifest.sig
  kiosk-pack verify DIR|ZIP --pub NAME.pub     check signature and every hash

Exit codes: 0 ok, 1 pack refused / problems found, 2 usage error, 3 unexpected failure.
Details: docs/content-packs.md`;

type Command = Readonly<{ run: (args: Args, ctx: CliContext) => number | Promise<number>; options: OptionSpec }>;

const OUT = { type: 'string', short: 'o' } as const;
const KEY = { type: 'string', short: 'k' } as const;

/** Each command with the options it accepts (anything else is a usage error, exit 2). */
const COMMANDS: Readonly<Record<string, Command>> = {
  init: { run: initCommand, options: { from: { type: 'string' } } },
  validate: { run: validateCommand, options: {} },
  build: { run: buildCommand, options: { out: OUT, key: KEY } },
  keygen: { run: keygenCommand, options: { out: OUT, force: { type: 'boolean' } } },
  sign: { run: signCommand, options: { key: KEY } },
  verify: { run: verifyCommand, options: { pub: { type: 'string' } } },
};

/** The USAGE line(s) of one command, for `kiosk-pack <command> --help`. */
const usageOf = (name: string): string =>
  USAGE.split('\n')
    .filter((line) => line.trimStart().startsWith(`kiosk-pack ${name} `) || line.startsWith('Exit codes') || line.startsWith('Details'))
    .join('\n');

/** Runs one command; every error becomes a message and an exit code, never a stack trace. */
const main = async (argv: readonly string[]): Promise<number> => {
  const [name, ...rest] = argv;
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command || name === '--help' || name === '-h') {
    (command || name === '--help' || name === '-h' ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return name === '--help' || name === '-h' ? EXIT.ok : EXIT.usage;
  }
  const ctx = cliContext();
  try {
    const args = parseArgs(rest, command.options);
    if (args.options.help === true) {
      process.stdout.write(`${usageOf(name ?? '')}\n`);
      return EXIT.ok;
    }
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(`kiosk-pack ${name}: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    ctx.err(`kiosk-pack ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
};

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kiosk-pack: ${String(error)}\n`);
    process.exitCode = EXIT.failure;
  },
);
