import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * Role names are cluster-wide in PostgreSQL, so they carry the database's
 * name: two fleets (or test databases) on one server never share a role.
 */
export type FleetRoles = Readonly<{ kiosks: string; readers: string; kioskRole(kioskId: string): string }>;

/** The fleet's role names for `database`, lower case, within PostgreSQL's 63 characters. */
export const fleetRoles = (database: string): FleetRoles => {
  const base = database.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 30);
  return {
    kiosks: `${base}_fleet_kiosks`,
    readers: `${base}_fleet_readers`,
    kioskRole: (kioskId) => `${base}_kiosk_${kioskId.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63),
  };
};

const ident = (client: pg.ClientBase, name: string) => client.escapeIdentifier(name);

const ensureRole = async (client: pg.ClientBase, name: string, attributes: string) => {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  if (!rowCount) await client.query(`CREATE ROLE ${ident(client, name)} ${attributes}`);
};

/**
 * Group roles and grants (idempotent). Kiosks: connect, and execute
 * push_batch / heartbeat — no table privilege at all, so a kiosk can neither
 * read, alter nor drop anything, and writes only through the checked function.
 * Readers (the fleet dashboard): SELECT on the schema's tables.
 */
export const applyGrants = async (client: pg.ClientBase): Promise<FleetRoles> => {
  const db = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  const roles = fleetRoles(db);
  await ensureRole(client, roles.kiosks, 'NOLOGIN');
  await ensureRole(client, roles.readers, 'NOLOGIN');
  const k = ident(client, roles.kiosks);
  const r = ident(client, roles.readers);
  await client.query(`REVOKE ALL ON DATABASE ${ident(client, db)} FROM PUBLIC`);
  await client.query(`GRANT CONNECT ON DATABASE ${ident(client, db)} TO ${k}, ${r}`);
  // TEMPORARY: the sync stages a batch in its own session's temp tables (COPY cannot target a function).
  await client.query(`GRANT TEMPORARY ON DATABASE ${ident(client, db)} TO ${k}`);
  await client.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
  await client.query(`GRANT USAGE ON SCHEMA fleet TO ${k}, ${r}`);
  await client.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fleet FROM PUBLIC`);
  await client.query(`GRANT EXECUTE ON FUNCTION fleet.push_batch(fleet.visit_row[], fleet.event_row[], bigint), fleet.heartbeat(bigint) TO ${k}`);
  await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA fleet TO ${r}`);
  return roles;
};

/**
 * The SCRAM-SHA-256 verifier of a password (RFC 5803 / PostgreSQL's stored
 * form). ALTER ROLE gets the verifier, never the password, so the password
 * cannot end up in the server's statement log either.
 */
export const scramVerifier = (password: string, iterations = 4096): string => {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
};

/** Connection settings printed by `kiosk fleet add-kiosk` for the kiosk's kiosk.config.json. */
export type KioskCredentials = Readonly<{ kioskId: string; role: string; password: string }>;

/**
 * Registers a kiosk: creates its login role (member of the kiosks group) with
 * a fresh random password, or gives an existing one a new password. The
 * password is returned once and never stored or logged here.
 */
export const addKiosk = async (client: pg.ClientBase, kioskId: string, venue: string | null): Promise<KioskCredentials> => {
  const db = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  const roles = fleetRoles(db);
  const role = roles.kioskRole(kioskId);
  const password = randomBytes(24).toString('base64url');
  await client.query('BEGIN');
  try {
    await ensureRole(client, role, 'LOGIN');
    await client.query(`ALTER ROLE ${ident(client, role)} LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 4 PASSWORD ${client.escapeLiteral(scramVerifier(password))}`);
    await client.query(`GRANT ${ident(client, roles.kiosks)} TO ${ident(client, role)}`);
    await client.query(
      `INSERT INTO fleet.kiosks (kiosk_id, role_name, venue) VALUES ($1, $2, $3)
       ON CONFLICT (kiosk_id) DO UPDATE SET role_name = EXCLUDED.role_name, venue = coalesce(EXCLUDED.venue, fleet.kiosks.venue)`,
      [kioskId, role, venue],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return { kioskId, role, password };
};
