import fs from 'node:fs';
import type pg from 'pg';
import type { Settings } from '../settings';

/** The fleet block of the settings. */
export type FleetSettings = Settings['fleet'];

/**
 * Where the data goes, without credentials: `user@host:port/database`. It
 * keys the watermark (a new server starts from the beginning) and is what
 * status and logs show.
 */
export const fleetTarget = (url: string): string => {
  const u = new URL(url);
  return `${decodeURIComponent(u.username)}@${u.hostname}:${u.port || '5432'}${u.pathname}`;
};

/** Removes the URL and its password from a message (error texts may quote a connection string). */
export const redact = (message: string, url: string | null): string => {
  if (!url) return message;
  let out = message.split(url).join('[postgres url]');
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) out = out.split(password).join('***');
  } catch {
    // an unparsable URL has no password to hide beyond the URL itself
  }
  return out;
};

/** node-postgres client settings from the fleet settings (TLS, timeouts, a name the DBA can see). */
export const clientConfig = (fleet: FleetSettings, applicationName = 'changjiahui-kiosk-sync'): pg.ClientConfig => {
  if (!fleet.postgresUrl) throw new Error('fleet.postgresUrl is not set');
  const ssl: pg.ClientConfig['ssl'] =
    fleet.ssl.mode === 'disable'
      ? false
      : { rejectUnauthorized: fleet.ssl.mode === 'verify-full', ca: fleet.ssl.caFile ? fs.readFileSync(fleet.ssl.caFile, 'utf8') : undefined };
  // Parsed here rather than passed as connectionString: node-postgres lets the
  // string's own parameters override `ssl`, and TLS must be what the settings say.
  const u = new URL(fleet.postgresUrl);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ssl,
    application_name: applicationName,
    connectionTimeoutMillis: 10_000,
    // A batch that takes a minute is a stuck server: give up and retry later.
    statement_timeout: 60_000,
    query_timeout: 90_000,
    keepAlive: true,
  };
};
