import type pg from 'pg';
import { SCHEMA_0010 } from './schema-0010';
import { SCHEMA_0020 } from './schema-0020';
import { SCHEMA_0030 } from './schema-0030';

/** One fleet schema step: numbered like the kiosk's SQLite migrations (10, 20, …); never edit a shipped one. */
export type FleetMigration = Readonly<{ version: number; name: string; sql: string }>;

/** Every fleet schema step, oldest first. */
export const FLEET_MIGRATIONS: readonly FleetMigration[] = [
  { version: 10, name: 'create-fleet', sql: SCHEMA_0010 },
  { version: 20, name: 'dashboard-roll-ups', sql: SCHEMA_0020 },
  { version: 30, name: 'fleet-wide-roll-ups', sql: SCHEMA_0030 },
];

/** Thrown when the central schema was written by a newer kiosk version. */
export class FleetSchemaTooNewError extends Error {}

/**
 * Brings the `fleet` schema to the newest version, all pending steps in one
 * transaction (a failure leaves it as it was), serialised by an advisory lock
 * so two `kiosk fleet init` runs cannot interleave. Returns the versions applied.
 */
export const migrateFleet = async (client: pg.ClientBase, migrations: readonly FleetMigration[] = FLEET_MIGRATIONS): Promise<number[]> => {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('fleet.migrate'))`);
    await client.query('CREATE SCHEMA IF NOT EXISTS fleet');
    await client.query(`CREATE TABLE IF NOT EXISTS fleet.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM fleet.schema_migrations');
    const current = rows[0]?.v ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) throw new FleetSchemaTooNewError(`fleet schema version ${current} is newer than this kiosk supports (${latest})`);
    const pending = migrations.filter((m) => m.version > current);
    for (const m of pending) {
      await client.query(m.sql);
      await client.query('INSERT INTO fleet.schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
    return pending.map((m) => m.version);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
};
