import { parseArgs } from 'node:util';
import { UsageError } from '../core/cli-args';
import { clientConfig } from '../core/fleet/connection';
import type { FleetSettings } from '../core/fleet/connection';

export const FLEET_USAGE = `usage: kiosk fleet <command> [--postgres URL] [--ssl disable|require|verify-full] [--ca FILE]
  init                      create or upgrade the fleet schema, group roles and grants
  add-kiosk ID [--venue V]  create the kiosk's database role (new password each time) and print
                            the "fleet" block for its kiosk.config.json
  import PATH...            merge JSON Lines export bundles (manifest files or folders), verified
                            against their manifests, all in one transaction
  stats --from D --to D [--kiosk ID]...   the stats:summary of the merged data, as JSON
  kiosks                    every kiosk with its last contact and reported backlog
  export --from D --to D [--format csv|jsonl|xlsx] [--kiosk ID]... [--venue V] [--language en|zh-CN] [--out FILE]
                            the merged visits, events and kiosks (csv/jsonl: a zip of three files;
                            xlsx: one workbook); FILE must not exist yet
  serve [--bind ADDR] [--port N] [--tls-cert F --tls-key F] [--server-name HOST]... [--state-dir DIR]
                            the admin dashboard over every kiosk, behind the admin PIN; 127.0.0.1:8443
                            by default; any other bind address only over HTTPS (--tls-cert/--tls-key)
  set-pin [--role admin|staff] [--state-dir DIR]   the dashboard's PIN (asked twice, no echo);
                            DIR (default ./fleet-state) holds its PIN file and audit log
  The URL may come from KIOSK_FLEET_POSTGRES instead of --postgres (keeps the password out of
  the process list); PGPASSWORD is honoured when the URL has none. TLS defaults to verify-full,
  or disable for a server on 127.0.0.1 / localhost.`;

/** A bad command line: printed with the usage, exit code 2. */
export class FleetUsageError extends UsageError {}

type Out = Readonly<{ write(text: string): unknown }>;

const parse = (argv: readonly string[]) => {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        postgres: { type: 'string' },
        ssl: { type: 'string' },
        ca: { type: 'string' },
        venue: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        kiosk: { type: 'string', multiple: true },
        'state-dir': { type: 'string' },
        bind: { type: 'string' },
        port: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'server-name': { type: 'string', multiple: true },
        role: { type: 'string' },
        format: { type: 'string' },
        language: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new FleetUsageError((error as Error).message);
  }
};

const settingsFor = (url: string, ssl: string | undefined, ca: string | undefined): FleetSettings => {
  const host = new URL(url).hostname;
  const mode = ssl ?? (['127.0.0.1', 'localhost', '[::1]'].includes(host) ? 'disable' : 'verify-full');
  if (mode !== 'disable' && mode !== 'require' && mode !== 'verify-full') throw new FleetUsageError(`--ssl: "${mode}" (expected disable, require or verify-full)`);
  return { postgresUrl: url, ssl: { mode, caFile: ca ?? null }, syncIntervalSeconds: 60, batchVisits: 200 };
};

/**
 * `kiosk fleet …`: administration of the central PostgreSQL. Self-contained
 * (node:util parseArgs); node-postgres is imported only here, on demand.
 * Passwords are printed once, to stdout, by add-kiosk only.
 */
export const runFleetCommand = async (argv: readonly string[], stdout: Out, stderr: Out, env = process.env): Promise<number> => {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(`${FLEET_USAGE}\n`);
    return command ? 0 : 2;
  }
  try {
    const args = parse(rest);
    if (args.values.help) {
      stdout.write(`${FLEET_USAGE}\n`);
      return 0;
    }
    if (!['init', 'add-kiosk', 'import', 'stats', 'kiosks', 'export', 'serve', 'set-pin'].includes(command)) throw new FleetUsageError(`unknown fleet command "${command}"`);
    if (command === 'set-pin') return await (await import('./fleet-serve')).runFleetSetPin(args.values, stdout);
    const url = args.values.postgres ?? env.KIOSK_FLEET_POSTGRES;
    if (!url) throw new FleetUsageError('--postgres URL (or KIOSK_FLEET_POSTGRES) is required');
    if (!/^postgres(ql)?:\/\//.test(url)) throw new FleetUsageError('--postgres: expected a postgres:// URL');
    const fleet = settingsFor(url, args.values.ssl, args.values.ca);
    if (command === 'serve') return await (await import('./fleet-serve')).runFleetServe(fleet, args.values, stdout, stderr);
    const { default: pg } = await import('pg');
    const client = new pg.Client(clientConfig(fleet, 'changjiahui-kiosk-admin'));
    await client.connect();
    try {
      const { runFleetAction } = await import('./fleet-actions');
      return await runFleetAction(command, { client, fleet, positionals: args.positionals, values: args.values, stdout, stderr });
    } finally {
      await client.end().catch(() => {});
    }
  } catch (error) {
    if (error instanceof FleetUsageError) {
      stderr.write(`kiosk fleet: ${error.message}\n${FLEET_USAGE}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const { redact } = await import('../core/fleet/connection');
    stderr.write(`kiosk fleet ${command}: ${redact(message, argv.find((a) => a.startsWith('postgres')) ?? env.KIOSK_FLEET_POSTGRES ?? null)}\n`);
    return 1;
  }
};
