import { afterAll, beforeAll, expect, it } from 'vitest';
import { fleetStatsDashboard } from '../../electron/core/fleet/dashboard';
import { fleetKiosks } from '../../electron/core/fleet/kiosks';
import { fleetStatsSummary } from '../../electron/core/fleet/stats';
import { startFleetSync, type FleetSync } from '../../electron/core/fleet/sync';
import type { StatsDashboard } from '../../electron/shared/contract/stats';
import type { StatsSummary } from '../../electron/shared/contract/visits';
import { centralRows, createCentralDb, kioskRows, type CentralDb } from '../fixtures/fleet/central';
import { describeWithPostgres } from '../fixtures/fleet/suite';
import { generateVisits, NASTY_TEXTS } from '../fixtures/visit-log/generate';
import { testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';
import type { VisitLog } from '../../electron/core/visit-log';

const KIOSKS = ['cq-jiangbei-1', 'cd-tianfu-1', 'dy-center-1'] as const;
const DAY = 86_400_000;
const FROM = Date.UTC(2026, 10, 1) - 8 * 3_600_000; // 2026-11-01 00:00 +08:00
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const withoutTime = ({ tookMs: _t, ...rest }: StatsSummary | StatsDashboard) => rest;

/** Polls `done` (calling `kick` between polls) until it holds or `ms` pass. */
const until = async (done: () => boolean, kick: () => Promise<unknown>, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out waiting for sync');
    await kick();
    await sleep(50);
  }
};

describeWithPostgres('fleet sync: three kiosks, a server restart, every acknowledged row exactly once', (server) => {
  let central: CentralDb;
  const tmp = tempDir('fleet-sync-');
  const kiosks: Array<{ id: string; dir: string; log: VisitLog; sync: FleetSync | null; acked: number }> = [];
  beforeAll(async () => {
    central = await createCentralDb(server(), 'sync');
  });
  afterAll(async () => {
    for (const k of kiosks) {
      await k.sync?.close();
      k.log.close();
    }
    await central?.drop();
    tmp.cleanup();
  });

  it('syncs concurrently while visits are logged, survives the server being killed mid-batch, and matches SQLite row by row', async () => {
    let failures = 0;
    let killNow = false;
    let killed = false;
    for (const [i, id] of KIOSKS.entries()) {
      const dir = `${tmp.dir}/${id}`;
      const { log } = testVisitLog(dir, { kioskId: id });
      // Rounds every 50 ms and small batches: the syncs keep running while the loggers write.
      const fleet = { ...(await central.addKiosk(id)), batchVisits: 25, syncIntervalSeconds: 0.05 };
      const k = { id, dir, log, sync: null as FleetSync | null, acked: 0 };
      k.sync = await startFleetSync({
        fleet,
        databaseFile: log.databaseFile,
        onAcked: () => void k.acked++,
        warn: () => void failures++,
        // The first kiosk's batch in flight when the time comes kills the server: staged and merged, not yet committed.
        beforeCommit: i === 0 ? () => void (killNow && !killed && ((killed = true), server().kill())) : undefined,
      });
      kiosks.push(k);
      void i;
    }
    // Free texts with tabs, newlines, backslashes and quotes in pack ids and payloads: the COPY escaping must hold.
    const data = KIOSKS.map((_, i) => generateVisits({ seed: 100 + i, visits: 400, fromMs: FROM, toMs: FROM + 20 * DAY, randomIds: true, texts: [...NASTY_TEXTS, 'back\\slash\\n'] }));
    // Log in slices, yielding between them, so the three syncs run while the loggers write.
    let restarted = false;
    for (let slice = 0; slice < 40; slice++) {
      for (const [i, k] of kiosks.entries()) {
        for (const v of data[i]!.slice(slice * 10, slice * 10 + 10)) {
          k.log.start(v.start);
          for (const e of v.events) k.log.event(e);
          if (v.end) k.log.end(v.end);
        }
        k.log.flush();
      }
      await sleep(40);
      // Once every kiosk has had batches acknowledged, kill the server under their feet (immediate: no clean shutdown).
      if (slice >= 15 && kiosks.every((k) => k.acked > 0)) killNow = true;
      if (killed && !restarted) {
        restarted = true;
        await sleep(300);
        server().restart();
        await central.reconnect();
      }
    }
    expect(restarted).toBe(true);
    // The syncs saw the server go away (a batch in flight, or the next attempt).
    expect(failures).toBeGreaterThan(0);
    // Then all catch up: nothing waits but each kiosk's last, still open, visit.
    await until(
      () => kiosks.every((k) => k.sync!.status().backlog === 0 && k.sync!.status().lastError === null),
      () => Promise.all(kiosks.map((k) => k.sync!.syncNow())),
    );

    for (const k of kiosks) {
      const central_ = await centralRows(central.admin, k.id);
      const local = kioskRows(k.log.databaseFile);
      expect(central_.visits.length).toBe(local.visits.length);
      expect(central_.visits).toEqual(local.visits);
      expect(central_.events.length).toBe(local.events.length);
      expect(central_.events).toEqual(local.events);
    }
    const dup = await central.admin.query(
      `SELECT (SELECT count(*) - count(DISTINCT id) FROM fleet.visits)::int AS v, (SELECT count(*) - count(DISTINCT id) FROM fleet.visit_events)::int AS e`,
    );
    expect(dup.rows[0]).toEqual({ v: 0, e: 0 });
  }, 180_000);

  it("fleet statistics equal each kiosk's own stats:summary, and the fleet total is their sum", async () => {
    // Reopening closes each kiosk's last open visit (as at a restart), so all visits are in both stores.
    for (const k of kiosks) {
      await k.sync!.close();
      k.log.close();
      k.log = testVisitLog(k.dir, { kioskId: k.id }).log;
      const fleet = { ...(await central.addKiosk(k.id)) };
      k.sync = await startFleetSync({ fleet, databaseFile: k.log.databaseFile });
      await until(() => k.sync!.status().backlog === 0 && k.sync!.status().lastSuccessAt !== null, () => k.sync!.syncNow());
    }
    let total = 0;
    for (const k of kiosks) {
      const own = k.log.stats('2026-11-01', '2026-11-30');
      expect(own.visits).toBeGreaterThan(300);
      expect(own.endReasons.open).toBe(0);
      const fleet = await fleetStatsSummary(central.admin, '2026-11-01', '2026-11-30', { kioskIds: [k.id] });
      expect(withoutTime(fleet)).toEqual(withoutTime(own));
      total += own.visits;
    }
    const all = await fleetStatsSummary(central.admin, '2026-11-01', '2026-11-30');
    expect(all.visits).toBe(total);
  }, 120_000);

  it("the fleet dashboard equals each kiosk's own stats:dashboard; kiosk and venue filters; last seen and backlog per kiosk", async () => {
    // Venues as `kiosk fleet add-kiosk ID --venue NAME` stores them (the previous test synced everything).
    await central.admin.query(`UPDATE fleet.kiosks SET venue = CASE WHEN kiosk_id LIKE 'cq-%' THEN 'Chongqing' ELSE 'Sichuan' END`);
    const sum = (d: StatsDashboard) => d.current.visits;
    let total = 0;
    for (const k of kiosks) {
      // 2026-11-16 … 30: its previous period (1 … 15) is compared too.
      const own = k.log.dashboard('2026-11-16', '2026-11-30');
      expect(own.current.visits + own.previous.visits).toBeGreaterThan(300);
      expect(own.current.engaged.medianMs).not.toBeNull();
      expect(own.current.chapters.some((c) => c.narration.length > 1)).toBe(true);
      const fleet = await fleetStatsDashboard(central.admin, '2026-11-16', '2026-11-30', { kioskIds: [k.id] });
      expect(withoutTime(fleet)).toEqual(withoutTime(own));
      total += sum(own);
    }
    const wide = await fleetStatsDashboard(central.admin, '2026-11-16', '2026-11-30');
    expect(sum(wide)).toBe(total);
    // All kiosks read the fleet-wide roll-ups and histograms (schema 30), a kiosk filter the per-kiosk
    // roll-ups and exact percentiles over the samples: both paths agree to the millisecond.
    expect(withoutTime(wide)).toEqual(withoutTime(await fleetStatsDashboard(central.admin, '2026-11-16', '2026-11-30', { kioskIds: KIOSKS })));
    const sichuan = await fleetStatsDashboard(central.admin, '2026-11-16', '2026-11-30', { venue: 'Sichuan' });
    const cq = kiosks.find((k) => k.id.startsWith('cq-'))!;
    expect(sum(sichuan)).toBe(total - sum(cq.log.dashboard('2026-11-16', '2026-11-30')));
    // Venue and kiosk together: their intersection (none here).
    expect(sum(await fleetStatsDashboard(central.admin, '2026-11-16', '2026-11-30', { venue: 'Sichuan', kioskIds: [cq.id] }))).toBe(0);
    const list = await fleetKiosks(central.admin);
    expect(list.map((r) => [r.kioskId, r.venue, r.backlog])).toEqual(
      [...KIOSKS].sort().map((id) => [id, id.startsWith('cq-') ? 'Chongqing' : 'Sichuan', 0]),
    );
    for (const r of list) expect(Date.now() - Date.parse(r.lastSeenAt!)).toBeLessThan(120_000);
  }, 60_000);
});
