import fs from 'node:fs';
import path from 'node:path';
import { createAuditRepo, openDatabase } from '../../db';
import { promptAndSetPin } from '../core/admin/set-pin-prompt';
import { EXIT_USAGE, parseCommandLine, stringOption, UsageError, wantsHelp } from '../core/cli-args';
import { loadSettings } from '../core/settings';
import { visitDatabaseFile } from '../core/visit-log/visit-log';
import { Role } from '../shared/contract/admin';

export const ADMIN_USAGE = `usage: kiosk admin set-pin --role staff|admin [--data-dir DIR | --config FILE]
         kiosk admin audit [--limit N] [--data-dir DIR | --config FILE]
  set-pin  asks for the PIN (4 to 8 digits) twice without echo; piped, it reads
           the first line of stdin (and a second line, if there is one, must match).
  audit    prints the newest audit rows (default 50).`;

const OPTIONS = {
  role: { type: 'string' },
  'data-dir': { type: 'string' },
  config: { type: 'string' },
  limit: { type: 'string' },
} as const;

type AdminLine = ReturnType<typeof parseCommandLine>;

const dataDirOf = (line: AdminLine): string => {
  const dataDir = stringOption(line, 'data-dir');
  const config = stringOption(line, 'config');
  if (dataDir && config) throw new UsageError('give --data-dir or --config, not both');
  if (dataDir) return path.resolve(dataDir);
  const configFile = config ?? process.env.KIOSK_CONFIG ?? path.join(process.cwd(), 'kiosk.config.json');
  return loadSettings({ configFile, env: process.env }).dataDir;
};

const printAudit = (dataDir: string, limit: number, out: NodeJS.WritableStream): void => {
  const file = visitDatabaseFile(dataDir);
  if (!fs.existsSync(file)) throw new Error(`no visit database at ${file} (check --data-dir / --config)`);
  const db = openDatabase(file, { readonly: true });
  try {
    for (const r of createAuditRepo(db).list(limit))
      out.write(`${r.id}\t${new Date(r.at).toISOString()}\t${r.role ?? '-'}\t${r.action}\t${r.outcome}\t${r.detail}\n`);
  } finally {
    db.close();
  }
};

/**
 * `kiosk admin <set-pin|audit>`: sets a role's PIN in the data dir (the only way
 * to set the first one, so there is no default PIN), or prints the audit log.
 * Returns the exit code: 0 done, 1 failed, 2 bad usage.
 */
export const runAdminCommand = async (
  argv: readonly string[],
  io: Readonly<{ stdin: NodeJS.ReadStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }>,
): Promise<number> => {
  try {
    const line = parseCommandLine(argv, OPTIONS);
    const { positionals } = line;
    if (wantsHelp(line)) {
      io.stdout.write(`${ADMIN_USAGE}\n`);
      return 0;
    }
    const [sub, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
    if (sub === 'set-pin') {
      const role = Role.safeParse(stringOption(line, 'role'));
      if (!role.success) throw new UsageError('--role staff or --role admin is required');
      const dataDir = dataDirOf(line);
      await promptAndSetPin(dataDir, role.data, io);
      io.stdout.write(`${role.data} PIN set in ${dataDir}\n`);
      return 0;
    }
    if (sub === 'audit') {
      const limit = Number(stringOption(line, 'limit') ?? '50');
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit: a whole number 1..10000');
      printAudit(dataDirOf(line), limit, io.stdout);
      return 0;
    }
    throw new UsageError(sub ? `unknown admin command "${sub}"` : 'which admin command?');
  } catch (error) {
    const usage = error instanceof UsageError;
    io.stderr.write(`kiosk admin: ${(error as Error).message}\n${usage ? `${ADMIN_USAGE}\n` : ''}`);
    return usage ? EXIT_USAGE : 1;
  }
};
