import path from 'node:path';
import { runAdminCommand } from './admin-command';
import { EXPORT_USAGE, parseExportArgs, runExportCommand, UsageError } from './export-command';

/**
 * `kiosk <command>` for administrators. Commands: `export` (visit log to CSV /
 * JSON Lines), `admin` (set-pin, audit: see admin-command.ts).
 * Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.
 */
const main = async (argv: readonly string[]): Promise<number> => {
  const [command, ...rest] = argv;
  if (command === 'admin') return runAdminCommand(rest, process);
  if (command !== 'export') {
    process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${EXPORT_USAGE}\n`);
    return 2;
  }
  try {
    const args = parseExportArgs(rest);
    const result = await runExportCommand(args, process.stderr);
    for (const f of result.files) process.stdout.write(`${path.join(result.folder, f.name)}\t${f.rows} rows\t${f.bytes} bytes\tsha256 ${f.sha256}\n`);
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
