import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db';
import type { VisitLog } from '../../electron/core/visit-log';
import { unneutralise } from '../../electron/core/visit-log/csv';
import type { ExportManifest } from '../../electron/shared/contract/visits';
import { databaseRows } from '../fixtures/visit-log/db-rows';
import { generateVisits, NASTY_TEXTS, type GeneratedVisit } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const OFFSET = 480;
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`) - OFFSET * 60_000;
const FROM = '2026-01-01';
const TO = '2026-01-31';

// Events take their date from their visit unless they fall on a later UTC day (db/export-repo.ts).
const ACROSS_MIDNIGHT_ID = '0193a4e1-0000-7000-8000-00000000a11d';
const ACROSS_UTC_MIDNIGHT: GeneratedVisit = {
  start: { visitId: ACROSS_MIDNIGHT_ID, at: Date.UTC(2026, 0, 10, 23, 59, 59, 900), language: 'en', packId: 'default', packVersion: '1.0.0' },
  events: [
    { id: '0193a4e1-0001-7000-8000-00000000a11d', visitId: ACROSS_MIDNIGHT_ID, seq: 1, at: Date.UTC(2026, 0, 10, 23, 59, 59, 999), type: 'chapter-opened', chapter: 'vitality', payload: {} },
    { id: '0193a4e1-0002-7000-8000-00000000a11d', visitId: ACROSS_MIDNIGHT_ID, seq: 2, at: Date.UTC(2026, 0, 11, 0, 0, 0, 0), type: 'captions-toggled', chapter: null, payload: { on: false } },
    { id: '0193a4e1-0003-7000-8000-00000000a11d', visitId: ACROSS_MIDNIGHT_ID, seq: 3, at: Date.UTC(2026, 0, 12, 0, 0, 1, 5), type: 'chapter-closed', chapter: 'vitality', payload: { dwellMs: 86401106 } },
  ],
  end: { visitId: ACROSS_MIDNIGHT_ID, at: Date.UTC(2026, 0, 12, 0, 0, 2, 0), reason: 'idle' },
};

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let db: ReturnType<typeof databaseRows>;
beforeAll(() => {
  tmp = tempDir();
  log = testVisitLog(path.join(tmp.dir, 'data')).log;
  ingestAll(log, [
    ...generateVisits({ seed: 11, visits: 400, fromMs: localMidnight('2025-12-25'), toMs: localMidnight('2026-02-05'), texts: NASTY_TEXTS }),
    ACROSS_UTC_MIDNIGHT,
  ]);
  db = databaseRows(log.databaseFile, localMidnight(FROM), localMidnight('2026-02-01'));
});
afterAll(() => {
  log.close();
  tmp.cleanup();
});

const exportTo = (name: string, format: 'csv' | 'jsonl') => log.export({ from: FROM, to: TO, format, outDir: path.join(tmp.dir, name) });
const read = (dir: string, file: string) => fs.readFileSync(path.join(tmp.dir, dir, file));
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const orNull = (cell: string) => (cell === '' ? null : cell);

describe('export', () => {
  it('writes CSV (BOM, CRLF, RFC 4180) that parses back to the database rows, formulas neutralised', async () => {
    const manifest = await exportTo('csv', 'csv');
    const visitsFile = read('csv', 'kiosk-test_2026-01-01_2026-01-31_visits.csv');
    expect([...visitsFile.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(visitsFile.toString('utf8')).toContain('\r\n');
    const visits = parse(visitsFile, { bom: true, columns: true, relax_quotes: false }) as Array<Record<string, string>>;
    expect(visits.map((v) => ({
      id: v.visit_id,
      kiosk_id: unneutralise(v.kiosk_id!),
      started_at: v.started_at,
      ended_at: orNull(v.ended_at!),
      end_reason: orNull(v.end_reason!),
      language: v.language,
      pack_id: unneutralise(v.pack_id!),
      pack_version: unneutralise(v.pack_version!),
    }))).toEqual(db.visits.map((v) => ({ ...v, started_at: iso(v.started_at), ended_at: iso(v.ended_at) })));
    // The nasty texts made it through, and formula-looking cells start with '.
    const packCells = new Set(visits.map((v) => v.pack_id));
    expect([...packCells].filter((c) => c !== 'default').length).toBeGreaterThan(5);
    for (const cell of packCells) expect(cell ?? '').not.toMatch(/^[=+\-@\t\r]/);
    expect(packCells).toContain("'=HYPERLINK(\"http://x\",\"y\")");
    expect(packCells).toContain('江北嘴, "金融" 中心');
    expect([...packCells].some((c) => (c ?? '').includes('\n'))).toBe(true);

    const events = parse(read('csv', 'kiosk-test_2026-01-01_2026-01-31_events.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(events.map((e) => ({
      visit_id: e.visit_id,
      seq: Number(e.seq),
      id: e.event_id,
      at: e.at,
      type: e.type,
      chapter: orNull(e.chapter!),
      payload: e.payload,
      kiosk_id: unneutralise(e.kiosk_id!),
    }))).toEqual(db.events.map((e) => ({ ...e, at: iso(e.at) })));
    expect(events.some((e) => e.payload!.includes('长嘉汇'))).toBe(true);
    expect(events.filter((e) => e.visit_id === ACROSS_MIDNIGHT_ID).map((e) => e.at)).toEqual([
      '2026-01-10T23:59:59.999Z',
      '2026-01-11T00:00:00.000Z',
      '2026-01-12T00:00:01.005Z',
    ]);
    // visits, events, the daily summary (one row per date of January), and the audit log (no admin acted).
    expect(manifest.files.map((f) => f.rows)).toEqual([db.visits.length, db.events.length, 31, 0]);
  });

  it('writes JSON Lines that parse back to the database rows', async () => {
    await exportTo('jsonl', 'jsonl');
    const lines = (file: string) => read('jsonl', file).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines('kiosk-test_2026-01-01_2026-01-31_visits.jsonl')).toEqual(
      db.visits.map(({ id, ...v }) => ({ visit_id: id, ...v, started_at: iso(v.started_at), ended_at: iso(v.ended_at) })),
    );
    expect(lines('kiosk-test_2026-01-01_2026-01-31_events.jsonl')).toEqual(
      db.events.map((e) => ({
        event_id: e.id,
        visit_id: e.visit_id,
        kiosk_id: e.kiosk_id,
        seq: e.seq,
        at: iso(e.at),
        type: e.type,
        chapter: e.chapter,
        payload: JSON.parse(e.payload) as unknown,
      })),
    );
  });

  it('gives the same bytes for the same range, and a manifest whose hashes and counts match', async () => {
    const a = await exportTo('again-1', 'csv');
    const b = await exportTo('again-2', 'csv');
    expect(b).toEqual(a);
    const names = fs.readdirSync(path.join(tmp.dir, 'again-1')).sort();
    expect(names).toEqual([
      'kiosk-test_2026-01-01_2026-01-31_audit.csv',
      'kiosk-test_2026-01-01_2026-01-31_daily.csv',
      'kiosk-test_2026-01-01_2026-01-31_events.csv',
      'kiosk-test_2026-01-01_2026-01-31_manifest.json',
      'kiosk-test_2026-01-01_2026-01-31_visits.csv',
    ]);
    for (const name of names) expect(read('again-1', name).equals(read('again-2', name))).toBe(true);
    const manifest = JSON.parse(read('again-1', names[3]!).toString('utf8')) as ExportManifest;
    expect(manifest).toEqual(a);
    for (const f of manifest.files) {
      const bytes = read('again-1', f.name);
      expect(f.bytes).toBe(bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(manifest).toMatchObject({ kioskId: 'kiosk-test', from: FROM, to: TO, utcOffsetMinutes: 480, format: 'csv', schemaVersion: MIGRATIONS.at(-1)!.version });
  });

  it('refuses an empty range, a bad date and an unwritable folder, leaving no files', async () => {
    await expect(log.export({ from: '2030-01-01', to: '2030-01-31', format: 'csv', outDir: path.join(tmp.dir, 'empty') })).rejects.toThrow(
      /no visits between 2030-01-01 and 2030-01-31/,
    );
    expect(fs.readdirSync(path.join(tmp.dir, 'empty'))).toEqual([]);
    await expect(log.export({ from: '2026-13-01', to: '2026-01-31', format: 'csv', outDir: tmp.dir })).rejects.toThrow(/not a valid date/);
    const file = path.join(tmp.dir, 'a-file');
    fs.writeFileSync(file, 'x');
    await expect(log.export({ from: FROM, to: TO, format: 'csv', outDir: path.join(file, 'sub') })).rejects.toThrow(/cannot write to/);
  });
});
