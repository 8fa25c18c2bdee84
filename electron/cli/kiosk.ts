import path from 'node:path';
import { EXPORT_USAGE, parseExportArgs, runExportCommand, UsageError } from './export-command';
import { runFleetCommand } from './fleet-command';

/**
 * `kiosk <command>` for administrators. Commands: `export` (visit log to CSV /
 * JSON Lines), `fleet` (central PostgreSQL: fleet-command.ts). Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.
 */
const main = async (argv: readonly string[]): Promise<number> => {
  const [command, ...rest] = argv;
  if (command === 'fleet') return runFleetCommand(rest, process.stdout, process.stderr);
  if (command !== 'export') {
    process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${EXPORT_USAGE}\n`);
    return 2;
  }
  try {
    const args = parseExportArgs(rest);
    const manifest = await runExportCommand(args, process.stderr);
    const outDir = path.resolve(args.out);
    for (const f of manifest.files) process.stdout.write(`${path.join(outDir, f.name)}\t${f.rows} rows\t${f.bytes} bytes\tsha256 ${f.sha256}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kiosk export: ${error.message}\n${EXPORT_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`kiosk export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
};

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
