import type pg from 'pg';
import { writeMergedExport } from './fleet-export';
import type { FleetSettings } from '../core/fleet/connection';
import { importBundles } from '../core/fleet/import';
import { fleetKiosks } from '../core/fleet/kiosks';
import { migrateFleet } from '../core/fleet/migrate';
import { addKiosk, applyGrants } from '../core/fleet/roles';
import { fleetStatsSummary } from '../core/fleet/stats';
import { FleetUsageError } from './fleet-command';

type Out = Readonly<{ write(text: string): unknown }>;
export type FleetActionContext = Readonly<{
  client: pg.Client;
  fleet: FleetSettings;
  positionals: readonly string[];
  values: Readonly<{
    venue?: string;
    from?: string;
    to?: string;
    kiosk?: string[];
    format?: string;
    language?: string;
    out?: string;
  }>;
  stdout: Out;
  stderr: Out;
}>;

/** The kiosk's own URL: the admin's host, port and database with the kiosk's role and password. */
const kioskUrl = (adminUrl: string, role: string, password: string): string => {
  const u = new URL(adminUrl);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password);
  u.search = '';
  return u.href;
};

/** Runs one `kiosk fleet` command on a connected admin client; returns the exit code. */
export const runFleetAction = async (command: string, ctx: FleetActionContext): Promise<number> => {
  const { client, stdout } = ctx;
  switch (command) {
    case 'init': {
      const applied = await migrateFleet(client);
      const roles = await applyGrants(client);
      stdout.write(`fleet schema ${applied.length ? `migrated (${applied.join(', ')})` : 'up to date'}; roles ${roles.kiosks}, ${roles.readers}\n`);
      return 0;
    }
    case 'add-kiosk': {
      const [id, ...extra] = ctx.positionals;
      if (!id || extra.length > 0 || !/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new FleetUsageError('add-kiosk needs one kiosk ID (letters, digits, . _ -)');
      const creds = await addKiosk(client, id, ctx.values.venue ?? null);
      const block = { kioskId: creds.kioskId, fleet: { postgresUrl: kioskUrl(ctx.fleet.postgresUrl!, creds.role, creds.password), ssl: ctx.fleet.ssl } };
      ctx.stderr.write(`kiosk ${id}: role ${creds.role} ready; put this in its kiosk.config.json (the password is shown only now):\n`);
      stdout.write(`${JSON.stringify(block, null, 2)}\n`);
      return 0;
    }
    case 'import': {
      if (ctx.positionals.length === 0) throw new FleetUsageError('import needs at least one PATH');
      for (const r of await importBundles(client, ctx.positionals)) {
        stdout.write(`${r.manifest}\tkiosk ${r.kioskId}\t${r.visits} visits (${r.newVisits} new)\t${r.events} events (${r.newEvents} new)\t${r.openVisits} open visits left for later\n`);
      }
      return 0;
    }
    case 'stats': {
      if (!ctx.values.from || !ctx.values.to) throw new FleetUsageError('stats needs --from and --to (YYYY-MM-DD)');
      const summary = await fleetStatsSummary(client, ctx.values.from, ctx.values.to, { kioskIds: ctx.values.kiosk });
      stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return 0;
    }
    case 'kiosks': {
      for (const r of await fleetKiosks(client)) stdout.write(`${r.kioskId}\t${r.venue ?? '-'}\t${r.lastSeenAt ?? 'never'}\tbacklog ${r.backlog ?? '?'}\n`);
      return 0;
    }
    case 'export': {
      stdout.write(`${await writeMergedExport(client, ctx.values)}\n`);
      return 0;
    }
    default:
      throw new FleetUsageError(`unknown fleet command "${command}"`);
  }
};
