import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FLEET_MIGRATIONS, migrateFleet } from '../../electron/core/fleet/migrate';
import { runFleetCommand } from '../../electron/cli/fleet-command';
import { createCentralDb, type CentralDb } from '../fixtures/fleet/central';
import { describeWithPostgres } from '../fixtures/fleet/suite';

const visitRow = (kiosk: string, id = crypto.randomUUID()) => `ROW('${id}', '${kiosk}', 1764720000000, 1764720060000, 'idle', 'en', 'default', '1.0.0', NULL)::fleet.visit_row`;
const push = (kiosk: string) => `SELECT * FROM fleet.push_batch(ARRAY[${visitRow(kiosk)}], ARRAY[]::fleet.event_row[], 0)`;

/** Collects what a CLI run writes. */
const sink = () => {
  let text = '';
  return { write: (t: string) => (text += t), get text() { return text; } };
};

describeWithPostgres('fleet roles: PostgreSQL itself refuses what a kiosk may not do', (server) => {
  let central: CentralDb;
  let kioskA: pg.Client;
  beforeAll(async () => {
    central = await createCentralDb(server(), 'roles');
    await central.addKiosk('kiosk-b');
    kioskA = new pg.Client((await central.addKiosk('kiosk-a')).postgresUrl!);
    await kioskA.connect();
  });
  afterAll(async () => {
    await kioskA?.end();
    await central?.drop();
  });

  it('lets a kiosk push its own visit through push_batch, once', async () => {
    const id = crypto.randomUUID();
    const sql = `SELECT * FROM fleet.push_batch(ARRAY[${visitRow('kiosk-a', id)}], ARRAY[]::fleet.event_row[], 0)`;
    expect((await kioskA.query(sql)).rows[0]).toEqual({ visits: 1, events: 0 });
    expect((await kioskA.query(sql)).rows[0]).toEqual({ visits: 0, events: 0 });
    const { rows } = await central.admin.query('SELECT last_seen_at FROM fleet.kiosks WHERE kiosk_id = $1', ['kiosk-a']);
    expect(rows[0].last_seen_at).not.toBeNull();
  });

  it("refuses another kiosk's rows, reads, writes, DDL and the internal merge", async () => {
    const refused = async (sql: string) => {
      const error = (await kioskA.query(sql).then(() => null, (e: unknown) => e)) as { code?: string } | null;
      return error?.code;
    };
    expect(await refused(push('kiosk-b'))).toBe('42501');
    expect(await refused(`INSERT INTO fleet.visits VALUES ('${crypto.randomUUID()}', 'kiosk-a', 1, 2, 'idle', 'en', 'p', '1')`)).toBe('42501');
    expect(await refused('SELECT count(*) FROM fleet.visits')).toBe('42501');
    expect(await refused('SELECT count(*) FROM fleet.visit_events')).toBe('42501');
    expect(await refused('SELECT * FROM fleet.kiosks')).toBe('42501');
    expect(await refused('UPDATE fleet.daily_visits SET visits = 0')).toBe('42501');
    expect(await refused('DELETE FROM fleet.visits')).toBe('42501');
    expect(await refused('DROP TABLE fleet.visits')).toBe('42501');
    expect(await refused('TRUNCATE fleet.visit_events')).toBe('42501');
    expect(await refused(`SELECT * FROM fleet.merge_rows(ARRAY[${visitRow('kiosk-b')}], ARRAY[]::fleet.event_row[])`)).toBe('42501');
    expect(await refused('CREATE TABLE public.mine (x int)')).toBe('42501');
    const { rows } = await central.admin.query(`SELECT count(*)::int AS n FROM fleet.visits WHERE kiosk_id = 'kiosk-b'`);
    expect(rows[0].n).toBe(0);
  });

  it('migrates once: a second init applies nothing; a newer schema is refused', async () => {
    expect(await migrateFleet(central.admin)).toEqual([]);
    await expect(migrateFleet(central.admin, [])).rejects.toThrow(/newer than this kiosk supports/);
  });

  it('schemas 20 and 30 roll up the visits stored under schema 10 for the dashboard, estimating their last interaction', async () => {
    const root = new pg.Client(server().adminUrl);
    await root.connect();
    await root.query('CREATE DATABASE fleet_upgrade_test');
    await root.end();
    const db = new pg.Client(server().urlOf('fleet_upgrade_test'));
    await db.connect();
    try {
      const [v10] = FLEET_MIGRATIONS;
      await migrateFleet(db, [v10!]);
      const visit = crypto.randomUUID();
      // An idle visit (110 s default tail) with one chapter opened and a 30 s dwell, as schema 10 stored it.
      await db.query(`SELECT * FROM fleet.merge_rows(
        ARRAY[ROW('${visit}', 'k1', 1764720000000, 1764720200000, 'idle', 'en', 'default', '1.0.0')::fleet.visit_row],
        ARRAY[ROW('${crypto.randomUUID()}', '${visit}', 1, 1764720010000, 'chapter-opened', 'vitality', '{}')::fleet.event_row,
              ROW('${crypto.randomUUID()}', '${visit}', 2, 1764720040000, 'chapter-closed', 'vitality', '{"dwellMs": 30000}')::fleet.event_row])`);
      expect(await migrateFleet(db)).toEqual([20, 30]);
      const reach = (await db.query('SELECT started, past_hub, hub_only, engaged_n, engaged_ms::int, idle_tail_ms::int FROM fleet.daily_reach')).rows;
      // Last interaction = end − 110 s (later than the last event): 90 s engaged, 110 s idle tail.
      expect(reach).toEqual([{ started: 1, past_hub: 1, hub_only: 0, engaged_n: 1, engaged_ms: 90_000, idle_tail_ms: 110_000 }]);
      expect((await db.query('SELECT sum(visits)::int AS n FROM fleet.daily_visits')).rows[0].n).toBe(1);
      expect((await db.query('SELECT dwell_ms, engaged_ms FROM fleet.dwell_samples')).rows).toEqual([{ dwell_ms: 30_000, engaged_ms: 30_000 }]);
      // Schema 30 builds the fleet-wide roll-ups from what is stored: histogram buckets of 1,024 ms.
      expect((await db.query('SELECT hour, visits FROM fleet.all_visits')).rows).toEqual([{ hour: 8, visits: 1 }]);
      expect((await db.query('SELECT chapter, bucket, n FROM fleet.all_dwell_hist')).rows).toEqual([{ chapter: 'vitality', bucket: 29, n: 1 }]);
      expect((await db.query('SELECT bucket, n FROM fleet.all_engaged_hist')).rows).toEqual([{ bucket: 87, n: 1 }]);
    } finally {
      await db.end();
      const r = new pg.Client(server().adminUrl);
      await r.connect();
      await r.query('DROP DATABASE fleet_upgrade_test WITH (FORCE)');
      await r.end();
    }
  });

  it('CLI: add-kiosk prints working settings, the password only on stdout; init is idempotent', async () => {
    const out = sink();
    const err = sink();
    expect(await runFleetCommand(['init', '--postgres', central.url], out, err)).toBe(0);
    expect(out.text).toMatch(/up to date/);
    const add = sink();
    const addErr = sink();
    expect(await runFleetCommand(['add-kiosk', 'kiosk-c', '--venue', 'Chengdu', '--postgres', central.url], add, addErr)).toBe(0);
    const block = JSON.parse(add.text) as { kioskId: string; fleet: { postgresUrl: string; ssl: { mode: string } } };
    expect(block.kioskId).toBe('kiosk-c');
    expect(block.fleet.ssl.mode).toBe('disable');
    const password = decodeURIComponent(new URL(block.fleet.postgresUrl).password);
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(addErr.text).not.toContain(password);
    const c = new pg.Client(block.fleet.postgresUrl);
    await c.connect();
    await c.query(push('kiosk-c'));
    await c.end();
    // The server stores a SCRAM verifier, never the password.
    const { rows } = await central.admin.query(`SELECT rolpassword FROM pg_authid WHERE rolname LIKE '%kiosk_kiosk_c'`);
    expect(rows[0].rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
  });

  it('CLI: bad usage exits 2 with the usage; --help exits 0', async () => {
    const err = sink();
    expect(await runFleetCommand(['frobnicate', '--postgres', central.url], sink(), err)).toBe(2);
    expect(err.text).toMatch(/unknown fleet command "frobnicate"[\s\S]*usage: kiosk fleet/);
    expect(await runFleetCommand(['init'], sink(), sink(), {})).toBe(2);
    const help = sink();
    expect(await runFleetCommand(['--help'], help, sink())).toBe(0);
    expect(help.text).toMatch(/add-kiosk ID/);
  });

  it('CLI: a wrong password fails with exit 1 and does not print it', async () => {
    const u = new URL(central.url);
    u.password = 'wrong-secret-xyz';
    const err = sink();
    expect(await runFleetCommand(['kiosks', '--postgres', u.href], sink(), err, {})).toBe(1);
    expect(err.text).toMatch(/password authentication failed/);
    expect(err.text).not.toContain('wrong-secret-xyz');
  });
});
