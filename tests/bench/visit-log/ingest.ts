import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createVisitRepo, openDatabase, type LogItem } from '../../../db';
import { createVisitLogger } from '../../../electron/core/visit-log/logger';
import type { VisitEvent } from '../../../electron/shared/visit-events';

/** The same rows for both contenders: visits of 200 events each. */
export const makeItems = (events: number): LogItem[] => {
  const items: LogItem[] = [];
  const t0 = Date.UTC(2026, 0, 5, 2);
  let visitId = '';
  for (let i = 0; i < events; i++) {
    if (i % 200 === 0) {
      visitId = randomUUID();
      items.push({ kind: 'start', visitId, kioskId: 'kiosk-bench', at: t0 + i, language: 'zh-CN', packId: 'default', packVersion: '1.0.0' });
    }
    const event = { id: randomUUID(), visitId, seq: (i % 200) + 1, at: t0 + i, type: 'panorama-dragged', chapter: 'vitality', payload: { distancePx: i % 1000, durationMs: 300 } } as VisitEvent;
    items.push({ kind: 'event', event });
  }
  return items;
};

/** Raw better-sqlite3: one prepared INSERT per table, one transaction, same PRAGMAs and schema. Returns ms. */
export const rawInsert = (dir: string, items: readonly LogItem[]): number => {
  const db = openDatabase(path.join(dir, 'raw.sqlite'));
  const visit = db.prepare(`INSERT INTO visits (id, kiosk_id, started_at, language, pack_id, pack_version) VALUES (?, ?, ?, ?, ?, ?)`);
  const event = db.prepare(`INSERT INTO visit_events (visit_id, seq, id, at, type, chapter, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const started = performance.now();
  db.transaction(() => {
    for (const item of items) {
      if (item.kind === 'start') visit.run(item.visitId, item.kioskId, item.at, item.language, item.packId, item.packVersion);
      else if (item.kind === 'event') {
        const e = item.event;
        event.run(e.visitId, e.seq, e.id, e.at, e.type, e.chapter, JSON.stringify(e.payload));
      }
    }
  })();
  const ms = performance.now() - started;
  db.close();
  return ms;
};

/** Through the logger: enqueue everything, resolve when the last batch committed. Returns ms. */
export const loggerInsert = async (dir: string, items: readonly LogItem[]): Promise<number> => {
  const db = openDatabase(path.join(dir, 'logger.sqlite'));
  const repo = createVisitRepo(db);
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  let committed = 0;
  const logger = createVisitLogger({
    store: repo,
    // All rows arrive in one synchronous burst: the cap is for a failing disk, not for this.
    maxBuffered: items.length,
    onAlert: (kind, message) => console.error(`alert ${kind}: ${message}`),
    onCommitted: (batch) => {
      committed += batch.length;
      if (committed === items.length) done();
    },
  });
  // The logger's timers are unref'd (it never keeps a kiosk process alive); this does, meanwhile.
  const keepAlive = setInterval(() => {}, 1000);
  const started = performance.now();
  for (const item of items) logger.enqueue(item);
  await finished;
  clearInterval(keepAlive);
  const ms = performance.now() - started;
  logger.close();
  db.close();
  return ms;
};

/** Enqueue latency while the logger flushes in between, as on a kiosk. Returns sorted ns samples. */
export const enqueueLatency = async (dir: string, items: readonly LogItem[]): Promise<number[]> => {
  const db = openDatabase(path.join(dir, 'latency.sqlite'));
  const logger = createVisitLogger({ store: createVisitRepo(db), onAlert: () => {} });
  const samples: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const t = process.hrtime.bigint();
    logger.enqueue(items[i]!);
    samples.push(Number(process.hrtime.bigint() - t));
    // Yield now and then so batches get written between taps.
    if (i % 500 === 499) await new Promise((r) => setImmediate(r));
  }
  logger.close();
  db.close();
  return samples.sort((a, b) => a - b);
};
