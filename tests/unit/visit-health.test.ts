import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quarantineName } from '../../electron/core/visit-log';
import { testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const T0 = Date.UTC(2026, 0, 5, 2);
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const file = () => path.join(tmp.dir, 'visits.sqlite');
const quarantined = () => fs.readdirSync(tmp.dir).filter((name) => /^visits\.(corrupt|newer)-.*\.sqlite$/.test(name));

/** A real database with some visits, closed cleanly. */
const seed = (visits = 200) => {
  const { log } = testVisitLog(tmp.dir);
  for (let i = 0; i < visits; i++) {
    const visitId = randomUUID();
    log.start({ visitId, at: T0 + i, language: 'en', packId: 'p'.repeat(60), packVersion: '1' });
    log.event({ id: randomUUID(), visitId, seq: 1, at: T0 + i, type: 'hotspot-opened', chapter: 'quality', payload: { hotspotId: 'x'.repeat(60), via: 'list' } });
  }
  log.close();
};

const expectFreshAfterQuarantine = (kind: RegExp) => {
  const { log, alerts } = testVisitLog(tmp.dir);
  try {
    expect(quarantined()).toHaveLength(1);
    expect(alerts.map((a) => a.kind)).toEqual(['visit-log-replaced']);
    expect(alerts[0]!.message).toMatch(kind);
    expect(log.health().alerts[0]!.kind).toBe('visit-log-replaced');
    // The fresh database works and recorded the alert.
    const visitId = randomUUID();
    log.start({ visitId, at: T0, language: 'en', packId: 'p', packVersion: '1' });
    expect(log.flush()).toBe(true);
    const db = new Database(file(), { readonly: true });
    expect(db.prepare(`SELECT kind FROM health_alerts`).pluck().all()).toEqual(['visit-log-replaced']);
    expect(db.prepare(`SELECT COUNT(*) FROM visits`).pluck().get()).toBe(1);
    db.close();
  } finally {
    log.close();
  }
};

describe('start-up health', () => {
  it('moves a file that is not a database aside and starts fresh', () => {
    fs.writeFileSync(file(), Buffer.alloc(64 * 1024, 'garbage! '));
    expectFreshAfterQuarantine(/SQLITE_NOTADB/);
    expect(fs.readFileSync(path.join(tmp.dir, quarantined()[0]!), 'utf8').startsWith('garbage!')).toBe(true);
  });

  it('moves a database with damaged pages aside (quick_check) and starts fresh', () => {
    seed();
    const size = fs.statSync(file()).size;
    expect(size).toBeGreaterThan(8 * 4096);
    const fd = fs.openSync(file(), 'r+');
    // Overwrite the middle pages (page 1, the header, stays intact).
    fs.writeSync(fd, Buffer.alloc(4 * 4096, 0xa5), 0, 4 * 4096, 3 * 4096);
    fs.closeSync(fd);
    expectFreshAfterQuarantine(/SQLITE_CORRUPT/);
  });

  it('moves a database from a newer kiosk version aside instead of crash-looping', () => {
    seed(1);
    const db = new Database(file());
    db.pragma('user_version = 999');
    db.close();
    expectFreshAfterQuarantine(/newer than this kiosk supports/);
    expect(quarantined()[0]).toMatch(/^visits\.newer-/);
  });

  it('names quarantined files with a timestamp and no colons', () => {
    expect(quarantineName('/d/visits.sqlite', new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)), 'corrupt')).toBe(
      '/d/visits.corrupt-2026-01-02T03-04-05-006Z.sqlite',
    );
  });

  it('falls back to memory (and says so) when the data folder cannot hold a database', () => {
    fs.mkdirSync(file());
    const { log, alerts } = testVisitLog(tmp.dir);
    try {
      expect(alerts.map((a) => a.kind)).toEqual(['visit-log-unavailable']);
      log.start({ visitId: randomUUID(), at: T0, language: 'en', packId: 'p', packVersion: '1' });
      expect(log.flush()).toBe(true);
      expect(log.health().databaseFile).toBe(':memory:');
    } finally {
      log.close();
    }
  });
});
