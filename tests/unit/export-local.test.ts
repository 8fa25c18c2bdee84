import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitLog } from '../../electron/core/visit-log';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const TITLES = { 'hard-core': '硬核 · 江北嘴', vitality: '活力, 观音桥', momentum: '动力', quality: '品质', radiation: '辐射' } as const;
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
beforeAll(() => {
  tmp = tempDir();
  log = testVisitLog(path.join(tmp.dir, 'data'), { chapterTitles: (language) => (language === 'zh-CN' ? TITLES : {}) }).log;
  ingestAll(log, generateVisits({ seed: 5, visits: 300, fromMs: localMidnight('2026-03-01'), toMs: localMidnight('2026-03-08'), idleTails: true }));
});
afterAll(() => {
  log.close();
  tmp.cleanup();
});

const rows = (file: string) => parse(fs.readFileSync(path.join(tmp.dir, 'out', file)), { bom: true, columns: true }) as Array<Record<string, string>>;
/** Kiosk local time (+08:00) by Date arithmetic, independent of the SQL. */
const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

describe('CSV for administrators', () => {
  it('adds local times, engaged seconds, per-chapter dwell, chapter titles and a daily summary that match the database', async () => {
    const manifest = await log.export({ from: '2026-03-01', to: '2026-03-07', format: 'csv', language: 'zh-CN', outDir: path.join(tmp.dir, 'out') });
    expect(manifest.files.map((f) => f.name)).toEqual([
      'kiosk-test_2026-03-01_2026-03-07_visits.csv',
      'kiosk-test_2026-03-01_2026-03-07_events.csv',
      'kiosk-test_2026-03-01_2026-03-07_daily.csv',
      'kiosk-test_2026-03-01_2026-03-07_audit.csv',
    ]);
    const db = new Database(log.databaseFile, { readonly: true });
    try {
      const dbVisits = db.prepare('SELECT * FROM visits ORDER BY started_at, id').all() as Array<Record<string, number | string | null>>;
      const visits = rows(manifest.files[0]!.name);
      expect(Object.keys(visits[0]!).slice(8)).toEqual([
        'started_local', 'start_date', 'start_time', 'ended_local', 'engaged_s', 'idle_tail_s', 'hub_only',
        'dwell_s 硬核 · 江北嘴', 'dwell_s 活力, 观音桥', 'dwell_s 动力', 'dwell_s 品质', 'dwell_s 辐射',
      ]);
      expect(visits).toHaveLength(dbVisits.length);
      for (const [i, v] of visits.entries()) {
        const d = dbVisits[i]!;
        const started = d.started_at as number;
        expect(v.started_local).toBe(local(started));
        expect([v.start_date, v.start_time]).toEqual([local(started).slice(0, 10), local(started).slice(11, 19)]);
        expect(v.ended_local).toBe(d.ended_at === null ? '' : local(d.ended_at as number));
        const last = d.last_interaction_at as number | null;
        expect(v.engaged_s).toBe(last === null ? '' : String(Math.round((last - started) / 1000)));
        expect(v.idle_tail_s).toBe(last === null ? '' : String(Math.round(((d.ended_at as number) - last) / 1000)));
        const dwell = db.prepare('SELECT SUM(engaged_ms) FROM chapter_dwells WHERE visit_id = ? AND chapter = ?').pluck();
        const ms = dwell.get(d.id, 'quality') as number | null;
        expect(v['dwell_s 品质']).toBe(ms === null ? '' : String(Math.round(ms / 1000)));
      }
      const events = rows(manifest.files[1]!.name);
      const dbEvents = db.prepare('SELECT e.at, e.chapter FROM visits v JOIN visit_events e ON e.visit_id = v.id ORDER BY v.started_at, v.id, e.seq, e.id').all() as Array<{ at: number; chapter: string | null }>;
      expect(events.map((e) => [e.at_local, e.date, e.time, e.chapter_title])).toEqual(
        dbEvents.map((e) => [local(e.at), local(e.at).slice(0, 10), local(e.at).slice(11, 19), e.chapter ? TITLES[e.chapter as keyof typeof TITLES] : '']),
      );
      const daily = rows(manifest.files[2]!.name);
      expect(daily.map((r) => r.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']);
      expect(daily.reduce((n, r) => n + Number(r.visits), 0)).toBe(dbVisits.length);
      const march3 = dbVisits.filter((d) => local(d.started_at as number).startsWith('2026-03-03'));
      expect(Number(daily[2]!.visits)).toBe(march3.length);
      expect(Number(daily[2]!.idle)).toBe(march3.filter((d) => d.end_reason === 'idle').length);
      expect(Number(daily[2]!['entered 品质'])).toBe(
        march3.filter((d) => db.prepare(`SELECT 1 FROM visit_events WHERE visit_id = ? AND type = 'chapter-opened' AND chapter = 'quality'`).get(d.id)).length,
      );
    } finally {
      db.close();
    }
  });
});
