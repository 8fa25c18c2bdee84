import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVisitHandlers } from '../../electron/core/visit-log';
import { faultyStore, type FaultyStore } from '../fixtures/visit-log/faulty-store';
import { testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const T0 = Date.UTC(2026, 0, 5, 2);
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const startOf = (visitId: string) => ({ visitId, at: T0, language: 'en' as const, packId: 'p', packVersion: '1' });
const event = (visitId: string, seq: number) => ({ id: randomUUID(), visitId, seq, at: T0 + seq, type: 'hotspot-opened' as const, chapter: 'quality' as const, payload: { hotspotId: 'h', via: 'list' as const } });
const ctx = { transport: 'http' as const };

describe('durable acknowledgement (visit:flush)', () => {
  it('answers durable: true only once the visit end is committed to the database file', async () => {
    const { log } = testVisitLog(tmp.dir, { logger: { flushMs: 10_000 } });
    const handlers = createVisitHandlers(log);
    const visitId = randomUUID();
    log.start(startOf(visitId));
    const pending = handlers['visit:flush']({ visitId }, ctx);
    log.end({ visitId, at: T0 + 5, reason: 'finish' }); // the end may arrive after the flush call (queued send)
    // The flush call itself writes what is queued: no 10 s timer wait.
    log.flush();
    expect(await pending).toEqual({ durable: true });
    const db = new Database(log.databaseFile, { readonly: true });
    expect(db.prepare('SELECT end_reason FROM visits WHERE id = ?').pluck().get(visitId)).toBe('finish');
    db.close();
    // Asked again after the commit: still true.
    expect(await handlers['visit:flush']({ visitId }, ctx)).toEqual({ durable: true });
    log.close();
  });

  it('answers durable: false while the disk refuses writes', async () => {
    let store: FaultyStore | undefined;
    const { log } = testVisitLog(tmp.dir, { wrapStore: (inner) => (store = faultyStore(inner)) });
    store!.full = true;
    const visitId = randomUUID();
    log.start(startOf(visitId));
    log.end({ visitId, at: T0 + 5, reason: 'idle' });
    expect(await log.durableEnd(visitId, 300)).toBe(false);
    store!.full = false;
    log.close();
  });
});

describe('nothing dropped silently at shutdown with a full disk', () => {
  it('counts, alerts and records the loss; the next start turns the record into an alert row', () => {
    let store: FaultyStore | undefined;
    const first = testVisitLog(tmp.dir, { wrapStore: (inner) => (store = faultyStore(inner)) });
    store!.full = true;
    const visitId = randomUUID();
    first.log.start(startOf(visitId));
    for (let seq = 1; seq <= 1_080; seq++) first.log.event(event(visitId, seq));
    expect(first.log.health().buffered).toBe(1_081);
    first.log.close(); // what SIGTERM does
    expect(first.log.health().dropped).toBe(1_081);
    const alert = first.alerts.find((a) => a.kind === 'visit-log-dropped-at-shutdown');
    expect(alert?.message).toMatch(/1081 visit-log items lost.*SQLITE_FULL|SQLITE_FULL.*1081 visit-log items lost/);
    expect(fs.existsSync(path.join(tmp.dir, 'visit-log-dropped.json'))).toBe(true);

    const second = testVisitLog(tmp.dir);
    expect(second.alerts.map((a) => a.kind)).toContain('visit-log-dropped-last-run');
    expect(second.log.health().alerts.find((a) => a.kind === 'visit-log-dropped-last-run')?.message).toMatch(/lost 1081 visit-log items \(1081 at shutdown/);
    second.log.close();
    const db = new Database(path.join(tmp.dir, 'visits.sqlite'), { readonly: true });
    expect(db.prepare("SELECT COUNT(*) FROM health_alerts WHERE kind = 'visit-log-dropped-last-run'").pluck().get()).toBe(1);
    db.close();
    expect(fs.existsSync(path.join(tmp.dir, 'visit-log-dropped.json'))).toBe(false);
  });
});

describe('a drop record the full disk left unreadable (soak:confine)', () => {
  it('is reported as an unknown number of lost items, never as 0; the start sets a reserve aside for the next record', () => {
    // What a filled tmpfs left before the reserve existed: the file created, its text refused.
    fs.writeFileSync(path.join(tmp.dir, 'visit-log-dropped.json'), '');
    const { log, alerts } = testVisitLog(tmp.dir);
    const message = alerts.find((a) => a.kind === 'visit-log-dropped-last-run')?.message;
    expect(message).toMatch(/lost an unknown number of visit-log items \(unknown at shutdown/);
    expect(message).not.toMatch(/lost 0/);
    expect(fs.statSync(path.join(tmp.dir, 'visit-log-dropped.reserve')).size).toBe(16 * 1024);
    log.close();
  });
});
