import path from 'node:path';
import { EXIT_USAGE, UsageError } from '../core/cli-args';
import { ADMIN_USAGE, runAdminCommand } from './admin-command';
import { FLEET_USAGE, runFleetCommand } from './fleet-command';
import { EXPORT_USAGE, parseExportArgs, runExportCommand } from './export-command';

/**
 * `kiosk <command>` for administrators. Exit codes: 0 done, 1 failed (message on
 * stderr), 2 bad usage (electron/core/cli-args.ts). A command is one entry of
 * COMMANDS: its usage text and a `run(argv)` that parses with the shared grammar,
 * answers `--help` with its usage (exit 0) and throws UsageError for a bad line.
 */
type KioskCommand = Readonly<{ usage: string; run(argv: readonly string[]): Promise<number> }>;

const exportCommand: KioskCommand = {
  usage: EXPORT_USAGE,
  async run(argv) {
    const args = parseExportArgs(argv);
    if (args.help) {
      process.stdout.write(`${EXPORT_USAGE}\n`);
      return 0;
    }
    const result = await runExportCommand(args, process.stderr);
    for (const f of result.files) process.stdout.write(`${path.join(result.folder, f.name)}\t${f.rows} rows\t${f.bytes} bytes\tsha256 ${f.sha256}\n`);
    return 0;
  },
};

/** `kiosk admin`: set-pin and audit; it prints its own errors with its usage. */
const adminCommand: KioskCommand = { usage: ADMIN_USAGE, run: (argv) => runAdminCommand(argv, process) };

/** `kiosk fleet`: the central PostgreSQL (init, add-kiosk, import, stats, kiosks). */
const fleetCommand: KioskCommand = { usage: FLEET_USAGE, run: (argv) => runFleetCommand(argv, process.stdout, process.stderr) };

const COMMANDS: Readonly<Record<string, KioskCommand>> = { export: exportCommand, admin: adminCommand, fleet: fleetCommand };

const usage = () => `usage: kiosk <command> [options]   (kiosk <command> --help)\n\n${Object.values(COMMANDS).map((c) => c.usage).join('\n\n')}`;

const main = async (argv: readonly string[]): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ''}${usage()}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kiosk ${name}: ${error.message}\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`kiosk ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
};

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
