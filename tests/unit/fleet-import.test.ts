import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importBundles } from '../../electron/core/fleet/import';
import { startFleetSync } from '../../electron/core/fleet/sync';
import { centralRows, createCentralDb, kioskRows, type CentralDb } from '../fixtures/fleet/central';
import { bundleSyncChild, killMidSync } from '../fixtures/fleet/crash';
import { describeWithPostgres } from '../fixtures/fleet/suite';
import { generateVisits, NASTY_TEXTS } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const FROM = Date.UTC(2026, 10, 1) - 8 * 3_600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = async (central: CentralDb) =>
  (await central.admin.query<{ v: number; e: number }>('SELECT (SELECT count(*) FROM fleet.visits)::int AS v, (SELECT count(*) FROM fleet.visit_events)::int AS e')).rows[0]!;

/** Opens the kiosk's log (closing visits a crash left open), syncs until nothing waits, closes. */
const syncToEnd = async (central: CentralDb, dir: string, kioskId: string) => {
  const { log } = testVisitLog(dir, { kioskId });
  const sync = await startFleetSync({ fleet: await central.addKiosk(kioskId), databaseFile: log.databaseFile });
  const end = Date.now() + 60_000;
  while (!(sync.status().backlog === 0 && sync.status().lastSuccessAt) && Date.now() < end) {
    await sync.syncNow();
    await sleep(20);
  }
  await sync.close();
  return log;
};

/** Exports a JSON Lines bundle of the kiosk in `dir` into `out`; returns the manifest path. */
const exportBundle = async (dir: string, kioskId: string, from: string, to: string, out: string) => {
  const { log } = testVisitLog(dir, { kioskId });
  try {
    await log.export({ from, to, format: 'jsonl', outDir: out });
  } finally {
    log.close();
  }
  return path.join(out, `${kioskId}_${from}_${to}_manifest.json`);
};

describeWithPostgres('fleet: SIGKILL mid-sync, USB bundles imported twice and over a synced range', (server) => {
  let central: CentralDb;
  const tmp = tempDir('fleet-import-');
  beforeAll(async () => {
    central = await createCentralDb(server(), 'import');
  });
  afterAll(async () => {
    await central?.drop();
    tmp.cleanup();
  });

  it('a kiosk killed mid-sync loses no acknowledged visit; after restart the central rows equal SQLite exactly', async () => {
    const dir = path.join(tmp.dir, 'bz-crash-1');
    const fleet = { ...(await central.addKiosk('bz-crash-1')), batchVisits: 20, syncIntervalSeconds: 0.05 };
    const run = await killMidSync(bundleSyncChild(), dir, 'bz-crash-1', fleet, 3, Math.floor(Math.random() * 150));
    expect(run.signal).toBe('SIGKILL');
    expect(run.acks).toBeGreaterThanOrEqual(3);
    // Every batch the child saw acknowledged is in the central tables (20 visits each).
    expect((await count(central)).v).toBeGreaterThanOrEqual(run.acks * 20);

    const log = await syncToEnd(central, dir, 'bz-crash-1');
    log.close();
    const local = kioskRows(path.join(dir, 'visits.sqlite'));
    const merged = await centralRows(central.admin, 'bz-crash-1');
    expect(merged.visits.length).toBe(local.visits.length);
    expect(merged.visits).toEqual(local.visits);
    expect(merged.events.length).toBe(local.events.length);
    expect(merged.events).toEqual(local.events);
  }, 120_000);

  it('imports a bundle once however often it is imported, and a bundle of an already synced range adds nothing', async () => {
    const dir = path.join(tmp.dir, 'cq-usb-1');
    const { log } = testVisitLog(dir, { kioskId: 'cq-usb-1' });
    ingestAll(log, generateVisits({ seed: 7, visits: 300, fromMs: FROM, toMs: FROM + 19 * 86_400_000, texts: NASTY_TEXTS }));
    log.close();
    const whole = await exportBundle(dir, 'cq-usb-1', '2026-11-01', '2026-11-20', path.join(tmp.dir, 'usb-a'));
    const part = await exportBundle(dir, 'cq-usb-1', '2026-11-05', '2026-11-12', path.join(tmp.dir, 'usb-b'));

    const first = await importBundles(central.admin, [whole]);
    const local = kioskRows(path.join(dir, 'visits.sqlite'));
    expect(first[0]).toMatchObject({ kioskId: 'cq-usb-1', newVisits: local.visits.length, newEvents: local.events.length });
    const before = await count(central);
    const again = await importBundles(central.admin, [path.dirname(whole), part]);
    expect(again.map((r) => [r.newVisits, r.newEvents])).toEqual([[0, 0], [0, 0]]);
    expect(await count(central)).toEqual(before);
    const merged = await centralRows(central.admin, 'cq-usb-1');
    expect(merged.visits).toEqual(local.visits);
    expect(merged.events).toEqual(local.events);

    // The crashed kiosk is fully synced: its own bundle overlaps that and adds nothing.
    const synced = await exportBundle(path.join(tmp.dir, 'bz-crash-1'), 'bz-crash-1', '2026-11-01', '2026-11-30', path.join(tmp.dir, 'usb-c'));
    const overlap = await importBundles(central.admin, [synced]);
    expect(overlap[0]!.visits).toBeGreaterThan(0);
    expect([overlap[0]!.newVisits, overlap[0]!.newEvents]).toEqual([0, 0]);
    expect(await count(central)).toEqual(before);
  }, 120_000);

  it('refuses a tampered or truncated file by name and imports nothing of the whole run', async () => {
    const dir = path.join(tmp.dir, 'dy-usb-2');
    const { log } = testVisitLog(dir, { kioskId: 'dy-usb-2' });
    ingestAll(log, generateVisits({ seed: 8, visits: 80, fromMs: FROM, toMs: FROM + 5 * 86_400_000 }));
    log.close();
    const good = await exportBundle(dir, 'dy-usb-2', '2026-11-01', '2026-11-03', path.join(tmp.dir, 'usb-d'));
    const bad = await exportBundle(dir, 'dy-usb-2', '2026-11-04', '2026-11-06', path.join(tmp.dir, 'usb-e'));
    const before = await count(central);

    const events = bad.replace('_manifest.json', '_events.jsonl');
    const bytes = fs.readFileSync(events);
    const at = bytes.indexOf('"seq":2,');
    bytes[at + 6] = '3'.charCodeAt(0); // same size, one digit changed
    fs.writeFileSync(events, bytes);
    await expect(importBundles(central.admin, [good, bad])).rejects.toThrow(/dy-usb-2_2026-11-04_2026-11-06_events\.jsonl: SHA-256 does not match/);
    expect(await count(central)).toEqual(before);

    const visits = bad.replace('_manifest.json', '_visits.jsonl');
    fs.truncateSync(visits, fs.statSync(visits).size - 10);
    await expect(importBundles(central.admin, [good, bad])).rejects.toThrow(/_visits\.jsonl: \d+ bytes, manifest says \d+/);
    expect(await count(central)).toEqual(before);

    expect((await importBundles(central.admin, [good]))[0]!.newVisits).toBeGreaterThan(0);
  }, 60_000);
});
