import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { z } from 'zod';
import { openDatabase } from '../../db';
import { findAppPaths } from '../core/app-paths';
import { createAdminService, createAuditLog } from '../core/admin';
import { promptAndSetPin } from '../core/admin/set-pin-prompt';
import { createDispatcher } from '../core/dispatcher';
import { clientConfig, redact, type FleetSettings } from '../core/fleet/connection';
import { mergedExport, mergedExportName, mergedExportType } from '../core/fleet/merged-export';
import { createFleetServeHandlers } from '../core/fleet/serve-handlers';
import { visitDatabaseFile } from '../core/visit-log/visit-log';
import { Role } from '../shared/contract/admin';
import type { FleetExportRequest } from '../shared/contract/fleet';
import { FLEET_PAGE, isLoopback, startFleetHost, type FleetHost } from '../web/fleet-host';
import { FleetUsageError } from './fleet-command';

type Out = Readonly<{ write(text: string): unknown }>;
export type FleetServeValues = Readonly<{
  'state-dir'?: string;
  bind?: string;
  port?: string;
  'tls-cert'?: string;
  'tls-key'?: string;
  'server-name'?: string[];
  role?: string;
}>;

/** The fleet server's own state: its PIN file and audit log (the same files as a kiosk data dir's). */
const stateDirOf = (values: FleetServeValues): string => {
  const dir = path.resolve(values['state-dir'] ?? 'fleet-state');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
};

/** `kiosk fleet set-pin [--role admin|staff] [--state-dir DIR]`: the fleet dashboard's PIN, set like a kiosk's. */
export const runFleetSetPin = async (values: FleetServeValues, stdout: Out): Promise<number> => {
  const role = Role.safeParse(values.role ?? 'admin');
  if (!role.success) throw new FleetUsageError('--role staff or --role admin');
  const dir = stateDirOf(values);
  await promptAndSetPin(dir, role.data, { stdin: process.stdin, stderr: process.stderr }, 'kiosk fleet set-pin');
  stdout.write(`${role.data} PIN of the fleet dashboard set in ${dir}\n`);
  return 0;
};

/** Bind address, port and TLS from the flags; a bind beyond loopback without TLS is refused here, before anything starts. */
const listenOptions = (values: FleetServeValues) => {
  const bind = values.bind ?? '127.0.0.1';
  const port = Number(values.port ?? '8443');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new FleetUsageError(`--port: "${values.port}" is not a port number`);
  const [cert, key] = [values['tls-cert'], values['tls-key']];
  if ((cert === undefined) !== (key === undefined)) throw new FleetUsageError('--tls-cert and --tls-key go together');
  if (!isLoopback(bind) && !cert) {
    throw new FleetUsageError(
      `refusing to serve on ${bind} without TLS: give --tls-cert and --tls-key (HTTPS), or bind to 127.0.0.1 (the default)`,
    );
  }
  return { bind, port, tls: cert && key ? { cert, key } : null };
};

/** A listening fleet server and how to stop it (sessions ended and audited, pool and audit log closed). */
export type FleetServer = Readonly<{ url: string; close(): Promise<void> }>;

/** Starts the fleet dashboard server; throws FleetUsageError for a bind beyond loopback without TLS. */
export const startFleetServer = async (
  fleet: FleetSettings,
  values: FleetServeValues,
  stderr: Out,
): Promise<FleetServer> => {
  const listen = listenOptions(values);
  const rendererDir =
    process.env.KIOSK_RENDERER_DIR ?? findAppPaths(path.dirname(process.argv[1] ?? process.cwd())).rendererDir;
  if (!fs.existsSync(path.join(rendererDir, FLEET_PAGE)))
    throw new Error(`renderer not built: ${rendererDir}/${FLEET_PAGE} missing (run "npm run build")`);
  const dir = stateDirOf(values);
  const warn = (message: string, error: unknown) =>
    stderr.write(`${message}: ${redact(error instanceof Error ? error.message : String(error), fleet.postgresUrl)}\n`);
  const audit = createAuditLog({ now: Date.now, onError: warn });
  const db = openDatabase(visitDatabaseFile(dir));
  audit.attach(db);
  const admin = createAdminService({ dataDir: dir, clock: () => new Date(), audit, warn });
  const { default: pgModule } = await import('pg');
  const pool = new pgModule.Pool({ ...clientConfig(fleet, 'changjiahui-fleet-serve'), max: 4 });
  // An idle pooled connection the server dropped must not crash the process.
  pool.on('error', (error) => warn('fleet serve: idle connection lost', error));
  const streamExport = async function* (input: z.output<typeof FleetExportRequest>): AsyncGenerator<Buffer> {
    const client: pg.PoolClient = await pool.connect();
    try {
      yield* mergedExport(client, input);
    } finally {
      client.release();
    }
  };
  const closeAll = async (host: FleetHost | null) => {
    await host?.close();
    admin.close();
    await pool.end().catch(() => {});
    db.close();
  };
  try {
    const host = await startFleetHost({
      ...listen,
      dispatch: createDispatcher(createFleetServeHandlers(pool, admin), warn, admin.guard),
      guard: admin.guard,
      download: (input) => {
        const request = input as z.output<typeof FleetExportRequest>;
        return { fileName: mergedExportName(request), contentType: mergedExportType(request), chunks: streamExport(request) };
      },
      rendererDir,
      serverNames: values['server-name'],
      onError: warn,
    });
    return { url: host.url, close: () => closeAll(host) };
  } catch (error) {
    await closeAll(null);
    throw error;
  }
};

/**
 * `kiosk fleet serve`: the admin dashboard over every kiosk, behind the admin
 * PIN. Prints `FLEET_URL=<url>` once it listens and runs until SIGINT/SIGTERM.
 */
export const runFleetServe = async (
  fleet: FleetSettings,
  values: FleetServeValues,
  stdout: Out,
  stderr: Out,
): Promise<number> => {
  const server = await startFleetServer(fleet, values, stderr);
  stdout.write(`FLEET_URL=${server.url}\n`);
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  stderr.write(`${signal}: closing the fleet dashboard\n`);
  await server.close();
  return 0;
};
