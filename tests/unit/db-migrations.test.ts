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
  it('are numbered in steps of 10, strictly rising (numbers are reserved per feature, so gaps are allowed)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v) => v % 10 === 0)).toBe(true);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
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

  it('0060 creates the STRICT audit_log, roles and outcomes checked, ids growing', () => {
    const db = new Database(file);
    migrate(db, upTo(50));
    expect(migrate(db, upTo(60))).toEqual([60]);
    expect(columns(db, 'audit_log')).toEqual(['id', 'at', 'role', 'action', 'detail', 'outcome']);
    const insert = db.prepare('INSERT INTO audit_log (at, role, action, detail, outcome) VALUES (?, ?, ?, ?, ?)');
    insert.run(1, null, 'sign-in', 'wrong PIN', 'refused');
    insert.run(2, 'admin', 'sign-in', '', 'ok');
    expect(() => insert.run(3, 'root', 'sign-in', '', 'ok')).toThrow(/CHECK/);
    expect(() => insert.run(3, 'staff', 'sign-in', '', 'maybe')).toThrow(/CHECK/);
    expect(() => insert.run('late', 'staff', 'sign-in', '', 'ok')).toThrow(/cannot store TEXT/);
    expect(db.prepare('SELECT id FROM audit_log ORDER BY id').pluck().all()).toEqual([1, 2]);
    db.close();
  });

  it('0080 adds last interaction and engaged dwell, backfilling old visits from their events', () => {
    const db = new Database(file);
    migrate(db, upTo(79));
    const T = 1_800_000_000_000;
    db.exec(`
      INSERT INTO visits VALUES
        ('idle-hub', 'k', ${T}, ${T + 110_000}, 'idle', 'en', 'p', '1'),
        ('idle-ch', 'k', ${T}, ${T + 180_000}, 'idle', 'en', 'p', '1'),
        ('short', 'k', ${T}, ${T + 40_000}, 'idle', 'en', 'p', '1'),
        ('fin', 'k', ${T}, ${T + 50_000}, 'finish', 'en', 'p', '1'),
        ('int', 'k', ${T}, ${T + 9_000}, 'interrupted', 'en', 'p', '1'),
        ('open', 'k', ${T}, NULL, NULL, 'en', 'p', '1');
      INSERT INTO visit_events VALUES
        ('idle-ch', 1, 'a1', ${T + 10_000}, 'chapter-opened', 'quality', '{}'),
        ('idle-ch', 2, 'a2', ${T + 70_000}, 'narration-completed', 'quality', '{"positionMs":60000}'),
        ('idle-ch', 3, 'a3', ${T + 180_000}, 'chapter-closed', 'quality', '{"dwellMs":170000}'),
        ('short', 1, 'b1', ${T + 5_000}, 'chapter-opened', 'vitality', '{}'),
        ('short', 2, 'b2', ${T + 12_000}, 'hotspot-opened', 'vitality', '{"hotspotId":"x","via":"list"}'),
        ('short', 3, 'b3', ${T + 39_500}, 'chapter-closed', 'vitality', '{"dwellMs":34500}'),
        ('fin', 1, 'c1', ${T + 1_000}, 'chapter-opened', 'radiation', '{}'),
        ('fin', 2, 'c2', ${T + 50_000}, 'chapter-closed', 'radiation', '{"dwellMs":49000}');
    `);
    db.exec(`INSERT INTO chapter_dwells VALUES ('idle-ch', 3, 'a3', 'quality', 170000), ('short', 3, 'b3', 'vitality', 34500), ('fin', 2, 'c2', 'radiation', 49000)`);
    expect(migrate(db, upTo(80))).toEqual([80]);
    const last = Object.fromEntries(
      (db.prepare('SELECT id, last_interaction_at - started_at AS ms FROM visits').all() as Array<{ id: string; ms: number | null }>).map((r) => [r.id, r.ms]),
    );
    // Left at the hub: engaged 0 s, not 110 s. Idle after a narration: 110 s before the end.
    // A short idle setting (30 s + 10 s): the last event before the reset's own (12 s).
    expect(last).toEqual({ 'idle-hub': 0, 'idle-ch': 70_000, short: 12_000, fin: 50_000, int: 9_000, open: null });
    const engaged = Object.fromEntries(
      (db.prepare('SELECT visit_id, engaged_ms FROM chapter_dwells').all() as Array<{ visit_id: string; engaged_ms: number }>).map((r) => [r.visit_id, r.engaged_ms]),
    );
    expect(engaged).toEqual({ 'idle-ch': 60_000, short: 7_000, fin: 49_000 });
    db.close();
  });

  it('0090 gives roll-up rows their visit start and visits their opened-chapter count, filled for an old database', () => {
    const db = new Database(file);
    migrate(db, upTo(89));
    db.exec(`
      INSERT INTO visits (id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version, last_interaction_at) VALUES
        ('two', 'k', 1000, 9000, 'home', 'en', 'p', '1', 9000), ('hub', 'k', 2000, 3000, 'idle', 'en', 'p', '1', 2000), ('open', 'k', 5000, NULL, NULL, 'zh-CN', 'p', '1', NULL);
      INSERT INTO visit_chapters VALUES ('two', 'quality', 1, 1, 0), ('two', 'vitality', 1, 0, 0), ('open', 'momentum', 0, 1, 1);
      INSERT INTO chapter_dwells VALUES ('two', 3, 'e3', 'quality', 4200, 4200);
      INSERT INTO visit_narrations VALUES ('two', 'quality', 'en', 1, 0), ('open', 'momentum', 'zh-CN', 1, 1);
    `);
    expect(migrate(db, upTo(90))).toEqual([90]);
    expect(db.prepare('SELECT id, chapters_opened FROM visits ORDER BY id').all()).toEqual([
      { id: 'hub', chapters_opened: 0 },
      { id: 'open', chapters_opened: 0 },
      { id: 'two', chapters_opened: 2 },
    ]);
    for (const table of ['visit_chapters', 'chapter_dwells', 'visit_narrations']) {
      expect(db.prepare(`SELECT DISTINCT visit_id, visit_started_at FROM ${table} ORDER BY visit_id`).all()).toEqual(
        table === 'chapter_dwells' ? [{ visit_id: 'two', visit_started_at: 1000 }] : [{ visit_id: 'open', visit_started_at: 5000 }, { visit_id: 'two', visit_started_at: 1000 }],
      );
    }
    // What the dashboard reads is a covering index range, never a lookup per visit.
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT COUNT(*), SUM(chapters_opened = 0 AND ended_at IS NOT NULL) FROM visits WHERE started_at >= 0 AND started_at < 9`)).toMatch(/COVERING INDEX visits_dashboard/);
    expect(plan(`SELECT SUM(opened) FROM visit_chapters WHERE chapter = 'x' AND visit_started_at >= 0 AND visit_started_at < 9`)).toMatch(/COVERING INDEX visit_chapters_by_start/);
    expect(plan(`SELECT engaged_ms FROM chapter_dwells WHERE chapter = 'x' AND visit_started_at >= 0 AND visit_started_at < 9`)).toMatch(/COVERING INDEX chapter_dwells_by_start/);
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
    expect(() => openDatabase(file)).toThrow(new RegExp(`schema version 990 is newer than this kiosk supports \\(${MIGRATIONS.at(-1)!.version}\\)`));
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
