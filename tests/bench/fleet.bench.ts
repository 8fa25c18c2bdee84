/**
 * Fleet benchmark: `npm run bench:fleet`. Starts its own PostgreSQL (or uses
 * KIOSK_PG_URL) and measures, on this machine, in this one run:
 *  1. sync throughput (events/s) with COPY and with multi-row INSERT staging,
 *     beside PostgreSQL's own COPY of the same rows from a file into the same
 *     tables (goal: sync ≥ 0.5 of COPY);
 *  2. the kiosk logger's ingest rate while a sync pushes its backlog, against
 *     the same ingest without sync (goal ≥ 0.8);
 *  3. the fleet dashboard (the full stats:dashboard over PostgreSQL: the 30 days
 *     and the 30 before them, as `kiosk fleet serve` answers it) for a 30-day view
 *     over 10 M events of 200 kiosks (goal ≤ 1 s). FLEET_BENCH_EVENTS sets the
 *     size; the goal is stated for its default, 10,000,000.
 * Each contender runs more than once and the best run counts (shared box).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { fleetStatsDashboard } from '../../electron/core/fleet/dashboard';
import { startFleetSync } from '../../electron/core/fleet/sync';
import type { PushMethod } from '../../electron/core/fleet/push';
import type { VisitLog } from '../../electron/core/visit-log';
import { createCentralDb, type CentralDb } from '../fixtures/fleet/central';
import { startTestPostgres } from '../fixtures/postgres';
import { generateVisits, type GeneratedVisit } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';
import { median, report } from './bench-report';
import { generateFleet, truncateCentral, writeCopyFiles } from './fleet/fleet-data';

const SYNC_VISITS = Number(process.env.FLEET_BENCH_VISITS ?? 6000);
const DASHBOARD_EVENTS = Number(process.env.FLEET_BENCH_EVENTS ?? 10_000_000);
const RUNS = 2;
const FROM = Date.UTC(2026, 10, 1) - 8 * 3_600_000;
const DAY = 86_400_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Syncs the whole kiosk database once; returns ms from start to the last acknowledged batch. */
const timeSync = async (central: CentralDb, databaseFile: string, method: PushMethod): Promise<number> => {
  await truncateCentral(central.admin);
  await central.admin.query('DELETE FROM fleet.kiosks');
  const fleet = { ...(await central.addKiosk('kiosk-bench')), batchVisits: 200, syncIntervalSeconds: 3600 };
  const started = performance.now();
  const sync = await startFleetSync({ fleet, databaseFile, method });
  while (sync.status().lastSuccessAt === null) {
    if (sync.status().lastError) throw new Error(sync.status().lastError!);
    await new Promise((r) => setTimeout(r, 50));
  }
  const ms = performance.now() - started;
  await sync.close();
  // A fresh watermark for the next run: the central tables are emptied then.
  const db = (await import('better-sqlite3')).default(databaseFile);
  db.prepare('DELETE FROM fleet_sync').run();
  db.close();
  return ms;
};

/** PostgreSQL's own COPY of the same rows from files into the same tables (trigger and indexes included). */
const timeServerCopy = async (central: CentralDb, visitsFile: string, eventsFile: string): Promise<number> => {
  await truncateCentral(central.admin);
  await central.admin.query('SELECT fleet.ensure_month(m) FROM generate_series($1::bigint, $2::bigint, 86400000) m', [
    FROM,
    FROM + 30 * DAY,
  ]);
  const started = performance.now();
  await central.admin.query('BEGIN');
  await central.admin.query(`COPY fleet.visit_events FROM '${eventsFile}'`);
  await central.admin.query(`COPY fleet.visits FROM '${visitsFile}'`);
  await central.admin.query('COMMIT');
  return performance.now() - started;
};

/** Logs `visits` through the real visit log in slices (yielding between them, as taps arrive); returns ms. */
const timeIngest = async (log: VisitLog, visits: readonly GeneratedVisit[]): Promise<number> => {
  const started = performance.now();
  for (let i = 0; i < visits.length; i += 10) {
    for (const v of visits.slice(i, i + 10)) {
      log.start(v.start);
      for (const e of v.events) log.event(e);
      if (v.end) log.end(v.end);
    }
    await new Promise((r) => setImmediate(r));
  }
  while (log.health().buffered > 0) log.flush();
  return performance.now() - started;
};

const main = async () => {
  const server = await startTestPostgres();
  const tmp = tempDir('fleet-bench-');
  fs.chmodSync(tmp.dir, 0o755);
  const central = await createCentralDb(server, 'bench');
  try {
    // FLEET_BENCH_SKIP_SYNC=1 runs only the dashboard part.
    if (process.env.FLEET_BENCH_SKIP_SYNC !== '1') await syncParts(central, tmp.dir);
    await dashboardPart(central);
  } finally {
    await central.drop().catch(() => {});
    server.stop();
    tmp.cleanup();
  }
};

const syncParts = async (central: CentralDb, tmpDir: string) => {
  {
    // 1. Sync throughput vs the server's own COPY.
    const kioskDir = path.join(tmpDir, 'kiosk');
    const { log } = testVisitLog(kioskDir, { kioskId: 'kiosk-bench' });
    // In slices: one synchronous burst of everything would overflow the logger's buffer (it drops, by design).
    const all = generateVisits({ seed: 1, visits: SYNC_VISITS, fromMs: FROM, toMs: FROM + 28 * DAY, randomIds: true });
    for (let i = 0; i < all.length; i += 200) ingestAll(log, all.slice(i, i + 200));
    log.close();
    const file = path.join(kioskDir, 'visits.sqlite');
    const rows = writeCopyFiles(file, path.join(tmpDir, 'visits.copy'), path.join(tmpDir, 'events.copy'));
    console.log(`sync data: ${fmt(rows.visits)} closed visits, ${fmt(rows.events)} events`);
    const times: Record<'copy' | 'insert' | 'server', number[]> = { copy: [], insert: [], server: [] };
    for (let i = 0; i < RUNS; i++) {
      times.server.push(
        await timeServerCopy(central, path.join(tmpDir, 'visits.copy'), path.join(tmpDir, 'events.copy')),
      );
      times.copy.push(await timeSync(central, file, 'copy'));
      times.insert.push(await timeSync(central, file, 'insert'));
    }
    const eps = (ms: number[]) => rows.events / (Math.min(...ms) / 1000);
    report('PostgreSQL COPY from file (events/s)', fmt(eps(times.server)));
    report('sync, COPY staging (events/s)', fmt(eps(times.copy)));
    report('sync, multi-row INSERT staging (events/s)', fmt(eps(times.insert)));
    const bestSync = Math.max(eps(times.copy), eps(times.insert));
    const ratio = bestSync / eps(times.server);
    report('sync / server COPY', ratio.toFixed(2), { ok: ratio >= 0.5, text: '≥ 0.50' });

    // 2. Logger ingest while the sync pushes a backlog from the same database.
    const ingest = generateVisits({
      seed: 2,
      visits: 1500,
      fromMs: FROM + 28 * DAY,
      toMs: FROM + 29 * DAY,
      randomIds: true,
    });
    const alone: number[] = [];
    const withSync: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Both start from the same prefilled database (the sync's backlog): only the sync differs.
      const aloneDir = path.join(tmpDir, `alone-${i}`);
      fs.mkdirSync(aloneDir);
      fs.copyFileSync(file, path.join(aloneDir, 'visits.sqlite'));
      const a = testVisitLog(aloneDir, { kioskId: 'kiosk-bench' }).log;
      alone.push(await timeIngest(a, ingest));
      a.close();
      await truncateCentral(central.admin);
      const dir = path.join(tmpDir, `with-${i}`);
      fs.mkdirSync(dir);
      fs.copyFileSync(file, path.join(dir, 'visits.sqlite'));
      const b = testVisitLog(dir, { kioskId: 'kiosk-bench' }).log;
      const sync = await startFleetSync({
        fleet: { ...(await central.addKiosk('kiosk-bench')), syncIntervalSeconds: 1 },
        databaseFile: b.databaseFile,
      });
      withSync.push(await timeIngest(b, ingest));
      const backlog = sync.status().backlog;
      await sync.close();
      b.close();
      console.log(
        `ingest run ${i + 1}: alone ${alone.at(-1)!.toFixed(0)} ms, with sync ${withSync.at(-1)!.toFixed(0)} ms (sync backlog then ${backlog})`,
      );
    }
    const ingestRatio = Math.min(...alone) / Math.min(...withSync);
    report('logger ingest with sync / without', ingestRatio.toFixed(2), { ok: ingestRatio >= 0.8, text: '≥ 0.80' });
  }
};

const dashboardPart = async (central: CentralDb) => {
  {
    // 3. Dashboard over 10 M events (FLEET_BENCH_EVENTS=0 skips it).
    if (DASHBOARD_EVENTS <= 0) return;
    await truncateCentral(central.admin);
    const genStart = performance.now();
    // Through the roll-up triggers, as sync and import load (tests/bench/fleet/fleet-data.ts): minutes at 10 M.
    let shown = 0;
    await generateFleet(central.admin, DASHBOARD_EVENTS, FROM, (visits) => {
      if (visits * 30 - shown < 1_000_000 && visits * 30 < DASHBOARD_EVENTS) return;
      shown = visits * 30;
      console.log(`  … ${fmt(shown)} events loaded (${((performance.now() - genStart) / 1000).toFixed(0)} s)`);
    });
    const counted = (await central.admin.query<{ n: string }>('SELECT count(*) AS n FROM fleet.visit_events')).rows[0]!
      .n;
    console.log(
      `generated ${fmt(Number(counted))} events of 200 kiosks in ${((performance.now() - genStart) / 1000).toFixed(0)} s`,
    );
    const reader = new pg.Client(central.url);
    await reader.connect();
    const took: number[] = [];
    const oneKiosk: number[] = [];
    let visits = 0;
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      visits = (await fleetStatsDashboard(reader, '2026-11-01', '2026-11-30')).current.visits;
      took.push(performance.now() - t);
      t = performance.now();
      await fleetStatsDashboard(reader, '2026-11-01', '2026-11-30', { kioskIds: ['kiosk-007'] });
      oneKiosk.push(performance.now() - t);
    }
    await reader.end();
    report(`dashboard 30 days, all kiosks (${fmt(visits)} visits), median ms`, median(took).toFixed(0), {
      ok: median(took) <= 1000,
      text: '≤ 1000 ms',
    });
    report('dashboard 30 days, one kiosk, median ms', median(oneKiosk).toFixed(0), {
      ok: median(oneKiosk) <= 1000,
      text: '≤ 1000 ms',
    });
  }
};

await main();
