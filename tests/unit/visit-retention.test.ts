import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const counts = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      visits: db.prepare('SELECT COUNT(*) FROM visits').pluck().get() as number,
      events: db.prepare('SELECT COUNT(*) FROM visit_events').pluck().get() as number,
      oldest: db.prepare('SELECT MIN(started_at) FROM visits').pluck().get() as number,
    };
  } finally {
    db.close();
  }
};

describe('retention', () => {
  it('purges visits and their events older than retentionDays at start and keeps the WAL truncated', () => {
    const visits = generateVisits({ seed: 3, visits: 1000, fromMs: NOW - 30 * DAY, toMs: NOW, randomIds: true });
    const first = testVisitLog(tmp.dir, { clock: () => new Date(NOW), retentionDays: 400 });
    ingestAll(first.log, visits);
    first.log.close();
    const file = first.log.databaseFile;
    expect(counts(file).visits).toBe(1000);

    const second = testVisitLog(tmp.dir, { clock: () => new Date(NOW), retentionDays: 10 });
    try {
      const keep = visits.filter((v) => v.start.at >= NOW - 10 * DAY);
      const after = counts(file);
      expect(after.visits).toBe(keep.length);
      expect(after.events).toBe(keep.reduce((n, v) => n + v.events.length, 0));
      expect(after.oldest).toBeGreaterThanOrEqual(NOW - 10 * DAY);
      expect(fs.statSync(`${file}-wal`).size).toBe(0);
    } finally {
      second.log.close();
    }
  });

  it('purges again on its timer, which never keeps the process alive', async () => {
    let now = NOW;
    const { log } = testVisitLog(tmp.dir, { clock: () => new Date(now), retentionDays: 1, purgeEveryMs: 20 });
    try {
      ingestAll(log, generateVisits({ seed: 4, visits: 50, fromMs: NOW - DAY / 2, toMs: NOW, randomIds: true }));
      expect(counts(log.databaseFile).visits).toBe(50);
      now = NOW + 2 * DAY;
      await new Promise((r) => setTimeout(r, 100));
      expect(counts(log.databaseFile).visits).toBe(0);
    } finally {
      log.close();
    }
  });
});
