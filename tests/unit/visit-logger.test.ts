import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitLog, VisitLogOptions } from '../../electron/core/visit-log';
import type { HealthAlert } from '../../electron/shared/contract/visits';
import type { VisitEvent } from '../../electron/shared/visit-events';
import { faultyStore, type FaultyStore } from '../fixtures/visit-log/faulty-store';
import { testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const T0 = Date.UTC(2026, 0, 5, 2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
};

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let alerts: HealthAlert[];
let store: FaultyStore;
const open = (logger: VisitLogOptions['logger'] = {}) => {
  ({ log, alerts } = testVisitLog(tmp.dir, { logger, wrapStore: (inner) => (store = faultyStore(inner)) }));
};
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  log.close();
  tmp.cleanup();
});

const count = (sql: string): number => {
  const db = new Database(log.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};
const visit = () => {
  const visitId = randomUUID();
  log.start({ visitId, at: T0, language: 'en', packId: 'p', packVersion: '1' });
  let seq = 0;
  return (n: number, extra: Partial<VisitEvent> = {}) => {
    for (let i = 0; i < n; i++) {
      log.event({ id: randomUUID(), visitId, seq: ++seq, at: T0 + seq, type: 'chapter-opened', chapter: 'momentum', payload: {}, ...extra } as VisitEvent);
    }
  };
};

describe('visit logger', () => {
  it('never writes on enqueue; flushes within flushMs', async () => {
    open({ flushMs: 30, batchMax: 1000 });
    visit()(5);
    expect(store.attempts).toBe(0);
    await until(() => log.health().buffered === 0);
    expect(store.attempts).toBe(1);
    expect(count('SELECT COUNT(*) FROM visit_events')).toBe(5);
  });

  it('flushes as soon as batchMax items wait, without waiting for the timer', async () => {
    open({ flushMs: 60_000, batchMax: 50 });
    visit()(60);
    expect(store.attempts).toBe(0);
    await until(() => log.health().buffered === 0, 1000);
    expect(count('SELECT COUNT(*) FROM visit_events')).toBe(60);
  });

  it('keeps accepting while the disk is full, retries with back-off and stores every event exactly once when space returns', async () => {
    open({ flushMs: 5, batchMax: 20, retryMinMs: 5, retryMaxMs: 40 });
    const events = visit();
    store.full = true;
    events(500);
    await until(() => store.attempts >= 4);
    expect(log.health()).toMatchObject({ writing: false, buffered: 501, lastError: 'SQLITE_FULL', dropped: 0 });
    expect(alerts.filter((a) => a.kind === 'visit-log-write-failed')).toHaveLength(1);
    events(100); // taps go on
    store.full = false;
    await until(() => log.health().buffered === 0);
    expect(count('SELECT COUNT(*) FROM visit_events')).toBe(600);
    expect(count('SELECT COUNT(DISTINCT seq) FROM visit_events')).toBe(600);
    expect(log.health().writing).toBe(true);
    expect(alerts.map((a) => a.kind)).toEqual(['visit-log-write-failed', 'visit-log-recovered']);
    // Alerts raised while the disk was full reach the database once it has room.
    expect(count(`SELECT COUNT(*) FROM health_alerts WHERE kind = 'visit-log-write-failed'`)).toBe(1);
  });

  it('drops the oldest events beyond the buffer cap, counting them, and says so once', async () => {
    open({ flushMs: 5, retryMinMs: 5, retryMaxMs: 20, maxBuffered: 100 });
    const events = visit();
    log.flush();
    store.full = true;
    events(250);
    expect(log.health()).toMatchObject({ buffered: 100, dropped: 150 });
    expect(alerts.filter((a) => a.kind === 'visit-log-dropping')).toHaveLength(1);
    store.full = false;
    await until(() => log.health().buffered === 0);
    expect(count('SELECT MIN(seq) FROM visit_events')).toBe(151);
    expect(count('SELECT COUNT(*) FROM visit_events')).toBe(100);
  });

  it('refuses a poison item alone: the rest of its batch is stored', () => {
    open({ flushMs: 60_000 });
    const events = visit();
    events(3);
    events(1, { payload: { bad: 1n } as never });
    events(3);
    expect(log.flush()).toBe(true);
    expect(count('SELECT COUNT(*) FROM visit_events')).toBe(6);
    expect(log.health().refused).toBe(1);
  });

  it('close() writes what is still queued', () => {
    open({ flushMs: 60_000 });
    visit()(42);
    log.close();
    expect(count('SELECT COUNT(*) FROM visit_events')).toBe(42);
  });

  it('enqueue stays fast: p99 well under 50 µs', () => {
    open({ flushMs: 60_000, batchMax: 1_000_000, maxBuffered: 1_000_000 });
    const visitId = randomUUID();
    const samples: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const e = { id: randomUUID(), visitId, seq: i + 1, at: T0 + i, type: 'chapter-opened', chapter: 'momentum', payload: {} } as VisitEvent;
      const t = process.hrtime.bigint();
      log.event(e);
      samples.push(Number(process.hrtime.bigint() - t));
    }
    samples.sort((a, b) => a - b);
    expect(samples[Math.floor(samples.length * 0.99)]! / 1000).toBeLessThan(50);
  });
});
