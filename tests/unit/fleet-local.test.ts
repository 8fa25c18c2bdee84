import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { fleetTarget, redact } from '../../electron/core/fleet/connection';
import { createFleetService } from '../../electron/core/fleet/service';
import { createSyncSource, readCopySlices } from '../../electron/core/fleet/sync-source';
import { loadSettings } from '../../electron/core/settings';
import { FLEET_OFF } from '../../electron/shared/contract/fleet';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

// The kiosk side of the fleet, without a PostgreSQL server: watermark, settings, status.
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir('fleet-local-')));
afterEach(() => tmp.cleanup());

describe('fleet, kiosk side', () => {
  it('0070 creates the watermark table; batches are whole closed visits and stop before an open one', () => {
    const { log } = testVisitLog(tmp.dir);
    const visits = generateVisits({ seed: 3, visits: 30, fromMs: Date.UTC(2026, 10, 1), toMs: Date.UTC(2026, 10, 2) });
    // Visit 20 stays open and is the newest, as a visitor still at the screen.
    ingestAll(log, visits.slice(0, 20).map((v) => ({ ...v, end: v.end ?? { visitId: v.start.visitId, at: v.start.at + 999_999, reason: 'idle' as const } })));
    ingestAll(log, [{ ...visits[20]!, end: null }]);
    const db = openDatabase(log.databaseFile);
    const source = createSyncSource(db, 'kiosk@db:5432/fleet');
    expect(source.backlog()).toBe(20);
    const first = source.next(8)!;
    expect(first.visits).toHaveLength(8);
    expect(new Set(first.events.map((e) => e.visit_id))).toEqual(new Set(first.visits.map((v) => v.id)));
    const stored = db.prepare('SELECT COUNT(*) FROM visit_events WHERE visit_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(first.visits.map((v) => v.id)));
    expect(first.events).toHaveLength(stored as number);
    // Not acknowledged: the same batch comes again.
    expect(source.next(8)!.last).toEqual(first.last);
    // The COPY form of the same batch: same last visit, same row counts, one line per row.
    const copy = source.nextCopy(8)!;
    expect(copy.last).toEqual(first.last);
    expect([copy.visits, copy.events]).toEqual([8, first.events.length]);
    expect(copy.eventsText.split('\n').length - 1).toBe(first.events.length);
    source.ack(first.last, 1);
    expect(source.backlog()).toBe(12);
    const rest = source.next(100)!;
    expect(rest.visits).toHaveLength(12);
    source.ack(rest.last, 2);
    expect(source.next(100)).toBeNull();
    // Another server starts from the beginning.
    expect(createSyncSource(db, 'kiosk@other:5432/fleet').backlog()).toBe(20);
    source.close();
    log.close();
  });

  it("a transaction's slices join consecutive COPY batches, stop before an open visit, and the logger's commits are seen", async () => {
    const { log } = testVisitLog(tmp.dir);
    const visits = generateVisits({ seed: 4, visits: 24, fromMs: Date.UTC(2026, 10, 1), toMs: Date.UTC(2026, 10, 2) });
    const closed = visits.map((v) => ({ ...v, end: v.end ?? { visitId: v.start.visitId, at: v.start.at + 999_999, reason: 'idle' as const } }));
    ingestAll(log, closed.slice(0, 23));
    const source = createSyncSource(openDatabase(log.databaseFile), 'kiosk@db:5432/fleet');
    expect(source.othersWrote()).toBe(false);
    // Three slices of 5: the same rows, in the same order, as one read of 15.
    const sliced = (await readCopySlices(source, 5, 3))!;
    const whole = source.nextCopy(15)!;
    expect(sliced).toEqual(whole);
    expect(sliced.visits).toBe(15);
    source.ack(sliced.last, 1);
    // Fewer waiting than the slices could take: all of them, then none.
    expect((await readCopySlices(source, 5, 3))!.visits).toBe(8);
    ingestAll(log, [{ ...visits[23]!, end: null }]);
    // The logger committed (an open visit): the sync sees it and steps back.
    expect(source.othersWrote()).toBe(true);
    expect(source.othersWrote()).toBe(false);
    source.ack(source.nextCopy(100)!.last, 2);
    expect(await readCopySlices(source, 5, 3)).toBeNull();
    source.close();
    log.close();
  });

  it('settings: fleet is off by default, validated when set', () => {
    const file = path.join(tmp.dir, 'kiosk.config.json');
    expect(loadSettings({ configFile: file }).fleet).toEqual({ postgresUrl: null, ssl: { mode: 'verify-full', caFile: null }, syncIntervalSeconds: 60, batchVisits: 200 });
    expect(() => loadSettings({ overrides: { fleet: { postgresUrl: 'mysql://x' } } })).toThrow(/postgres:\/\/ URL/);
    expect(loadSettings({ overrides: { fleet: { postgresUrl: 'postgres://k:p@db.example:5432/fleet', ssl: { mode: 'require' } } } }).fleet.ssl.mode).toBe('require');
  });

  it('without postgresUrl the service answers "off" and starts nothing', async () => {
    const settings = loadSettings({ overrides: { dataDir: tmp.dir } });
    const service = createFleetService(settings, path.join(tmp.dir, 'visits.sqlite'), { warn: () => {}, error: () => {} });
    expect(await service.handlers['fleet:status']({}, { transport: 'ipc' })).toEqual(FLEET_OFF);
    await service.close();
  });

  it('status and errors never carry the password', () => {
    const url = 'postgres://fleet_kiosk_a:s3cr%2Fet@db.example:6432/fleet';
    expect(fleetTarget(url)).toBe('fleet_kiosk_a@db.example:6432/fleet');
    expect(redact(`connect ${url} failed; password s3cr/et rejected`, url)).toBe('connect [postgres url] failed; password *** rejected');
  });
});
