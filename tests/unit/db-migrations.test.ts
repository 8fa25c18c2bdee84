import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate, MIGRATIONS, openDatabase, type Migration } from '../../db';
import { tempDir } from '../fixtures/visit-log/temp';

let tmp: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  tmp = tempDir();
  file = path.join(tmp.dir, 'visits.sqlite');
});
afterEach(() => tmp.cleanup());

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]);
const columns = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migrations', () => {
  it('are numbered in steps of 10 and named like their files', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => (i + 1) * 10));
  });

  it('0010 creates the STRICT visits table with its indexes', () => {
    const db = new Database(file);
    expect(migrate(db, upTo(10))).toEqual([10]);
    expect(tables(db)).toEqual(['visits']);
    expect(columns(db, 'visits')).toEqual(['id', 'kiosk_id', 'started_at', 'ended_at', 'end_reason', 'language', 'pack_id', 'pack_version']);
    expect(() => db.prepare(`INSERT INTO visits VALUES ('a', 'k', 'not a number', NULL, NULL, 'en', 'p', '1')`).run()).toThrow(/cannot store TEXT/);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    db.close();
  });

  it('0020 creates visit_events referencing visits, unique by event id', () => {
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(10));
    expect(migrate(db, upTo(20))).toEqual([20]);
    expect(columns(db, 'visit_events')).toEqual(['visit_id', 'seq', 'id', 'at', 'type', 'chapter', 'payload']);
    expect(() => db.prepare(`INSERT INTO visit_events VALUES ('nope', 1, 'e', 1, 't', NULL, '{}')`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO visits VALUES ('v', 'k', 1, NULL, NULL, 'en', 'p', '1')`).run();
    db.prepare(`INSERT INTO visit_events VALUES ('v', 1, 'e', 1, 't', NULL, '{}')`).run();
    expect(() => db.prepare(`INSERT INTO visit_events VALUES ('v', 2, 'e', 1, 't', NULL, '{}')`).run()).toThrow(/UNIQUE/);
    db.prepare(`DELETE FROM visits`).run();
    expect(db.prepare(`SELECT COUNT(*) FROM visit_events`).pluck().get()).toBe(0);
    db.close();
  });

  it('0030 creates health_alerts', () => {
    const db = new Database(file);
    migrate(db, upTo(20));
    expect(migrate(db, upTo(30))).toEqual([30]);
    expect(columns(db, 'health_alerts')).toEqual(['id', 'at', 'kind', 'message']);
    db.close();
  });

  it('0040 creates the per-chapter roll-ups and fills them from events already stored', () => {
    const db = new Database(file);
    migrate(db, upTo(30));
    db.exec(`
      INSERT INTO visits VALUES ('v', 'k', 1, NULL, NULL, 'en', 'p', '1');
      INSERT INTO visit_events VALUES
        ('v', 1, 'e1', 1, 'chapter-opened', 'quality', '{}'),
        ('v', 2, 'e2', 2, 'narration-started', 'quality', '{"positionMs":0}'),
        ('v', 3, 'e3', 3, 'chapter-closed', 'quality', '{"dwellMs":4200}'),
        ('v', 4, 'e4', 4, 'chapter-opened', 'quality', '{}'),
        ('v', 5, 'e5', 5, 'captions-toggled', NULL, '{"on":true}');
    `);
    expect(migrate(db, upTo(40))).toEqual([40]);
    expect(db.prepare('SELECT * FROM visit_chapters').all()).toEqual([
      { visit_id: 'v', chapter: 'quality', opened: 1, narration_started: 1, narration_completed: 0 },
    ]);
    expect(db.prepare('SELECT * FROM chapter_dwells').all()).toEqual([{ visit_id: 'v', seq: 3, event_id: 'e3', chapter: 'quality', dwell_ms: 4200 }]);
    db.close();
  });

  it('0050 makes visits_by_start unique, so the export joins visits and events in order without sorting', () => {
    const db = new Database(file);
    migrate(db, upTo(40));
    const unique = () => db.prepare(`SELECT "unique" FROM pragma_index_list('visits') WHERE name = 'visits_by_start'`).pluck().get();
    expect(unique()).toBe(0);
    db.exec(`INSERT INTO visits VALUES ('v', 'k', 1, NULL, NULL, 'en', 'p', '1'), ('w', 'k', 1, NULL, NULL, 'en', 'p', '1')`);
    expect(migrate(db, upTo(50))).toEqual([50]);
    expect(unique()).toBe(1);
    expect(db.prepare('SELECT id FROM visits INDEXED BY visits_by_start ORDER BY started_at, id').pluck().all()).toEqual(['v', 'w']);
    // The shape of the export's page query (db/export-repo.ts): no sort step.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT e.id FROM visits v JOIN visit_events e ON e.visit_id = v.id
         WHERE (v.started_at, v.id) > (0, '') AND (v.started_at, v.id) <= (9, 'z') ORDER BY v.started_at, v.id, e.seq, e.id`,
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('runs all pending migrations in one transaction: a failure leaves the database untouched', () => {
    const db = new Database(file);
    const broken: Migration = { version: 990, name: 'broken', up: (d) => d.exec('CREATE TABLE x (a) STRICT') };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(tables(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });

  it('is idempotent and refuses a database from a newer version with a clear error', () => {
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.pragma('user_version = 990');
    db.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(`schema version 990 is newer than this kiosk supports (${MIGRATIONS.at(-1)!.version})`);
  });

  it('opens with WAL, synchronous FULL, foreign keys, busy timeout and a journal size limit', () => {
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(8 * 1024 * 1024);
    db.close();
  });
});
