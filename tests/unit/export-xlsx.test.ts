import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitLog } from '../../electron/core/visit-log';
import type { ExportManifest } from '../../electron/shared/contract/visits';
import { generateVisits } from '../fixtures/visit-log/generate';
import { itWithLibreOffice, sheetsViaLibreOffice } from '../fixtures/visit-log/libreoffice';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';
import { readZipEntries } from '../fixtures/visit-log/zip-entries';

const TITLES = { 'hard-core': '硬核', vitality: '活力', momentum: '动力', quality: '品质', radiation: '辐射' } as const;
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
/** Kiosk local time (+08:00) as LibreOffice shows a `yyyy-mm-dd hh:mm:ss` cell, by Date arithmetic. */
const shown = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
const seconds = (ms: number) => String(Math.round(ms / 1000));
/** CI installs LibreOffice (.ci/run); a developer machine without it skips only the read-back, saying so. */
const withLibreOffice = itWithLibreOffice('export-xlsx');

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let first: ExportManifest;
const out = (...parts: string[]) => path.join(tmp.dir, ...parts);

beforeAll(async () => {
  tmp = tempDir();
  log = testVisitLog(out('data'), { chapterTitles: (language) => (language === 'zh-CN' ? TITLES : {}) }).log;
  ingestAll(
    log,
    generateVisits({
      seed: 17,
      visits: 240,
      fromMs: localMidnight('2026-03-01'),
      toMs: localMidnight('2026-03-05'),
      idleTails: true,
      texts: ['hs-1', 'a<b&c>"d'],
    }),
  );
  first = await log.export({
    from: '2026-03-01',
    to: '2026-03-04',
    format: 'xlsx',
    language: 'zh-CN',
    outDir: out('one'),
  });
}, 60_000);
afterAll(() => {
  log.close();
  tmp.cleanup();
});

const workbookOf = (m: ExportManifest) => m.files.find((f) => f.name.endsWith('.xlsx'))!;

describe('Excel workbook export', () => {
  withLibreOffice(
    'reads back in LibreOffice with the database’s rows, Chinese titles, local times and engaged seconds',
    () => {
      const sheets = sheetsViaLibreOffice(out('one', workbookOf(first).name), out('lo'));
      expect([...sheets.keys()].sort()).toEqual(['事件', '每日', '汇总', '参观'].sort());
      const db = new Database(log.databaseFile, { readonly: true });
      try {
        const dbVisits = db.prepare('SELECT * FROM visits ORDER BY started_at, id').all() as Array<
          Record<string, number | string | null>
        >;
        const visits = sheets.get('参观')!;
        expect(visits[0]!.slice(9, 14)).toEqual([
          '停留（秒） 硬核',
          '停留（秒） 活力',
          '停留（秒） 动力',
          '停留（秒） 品质',
          '停留（秒） 辐射',
        ]);
        expect(visits).toHaveLength(dbVisits.length + 1);
        const quality = db
          .prepare(`SELECT SUM(engaged_ms) FROM chapter_dwells WHERE visit_id = ? AND chapter = 'quality'`)
          .pluck();
        for (const [i, d] of dbVisits.entries()) {
          const row = visits[i + 1]!;
          const last = d.last_interaction_at as number | null;
          const dwell = quality.get(d.id) as number | null;
          expect(row.slice(0, 6)).toEqual([
            d.id,
            shown(d.started_at as number),
            d.ended_at === null ? '' : shown(d.ended_at as number),
            shown(d.started_at as number).slice(0, 10),
            last === null ? '' : seconds(last - (d.started_at as number)),
            last === null ? '' : seconds((d.ended_at as number) - last),
          ]);
          expect(row[12]).toBe(dwell === null ? '' : seconds(dwell));
          expect(row[14]).toBe(d.pack_id);
        }

        const dbEvents = db
          .prepare(
            'SELECT e.id, e.at, e.seq, e.chapter, e.visit_id, e.type, e.payload, v.kiosk_id FROM visits v JOIN visit_events e ON e.visit_id = v.id ORDER BY v.started_at, v.id, e.seq, e.id',
          )
          .all() as Array<{
          id: string;
          at: number;
          seq: number;
          chapter: keyof typeof TITLES | null;
          visit_id: string;
          type: string;
          payload: string;
          kiosk_id: string;
        }>;
        const events = sheets.get('事件')!;
        expect(events[0]).toEqual(['时间', '参观编号', '序号', '类型', '章节', '章节编号', '数据', '事件编号', '终端']);
        // Every cell, payloads with markup (made by SQLite, escaped through the writer's callback) included.
        expect(events.slice(1)).toEqual(
          dbEvents.map((e) => [
            shown(e.at),
            e.visit_id,
            String(e.seq),
            e.type,
            e.chapter ? TITLES[e.chapter] : '',
            e.chapter ?? '',
            e.payload,
            e.id,
            e.kiosk_id,
          ]),
        );
        expect(dbEvents.some((e) => e.payload.includes('a<b&c>\\"d'))).toBe(true);

        const daily = sheets.get('每日')!;
        expect(daily.slice(1).map((r) => r[0])).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
        expect(daily.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(dbVisits.length);
        const summary = new Map(sheets.get('汇总')!.map((r) => [r[0], r[1]]));
        expect(summary.get('参观次数')).toBe(String(dbVisits.length));
        expect(summary.get('事件数')).toBe(String(dbEvents.length));
        expect(summary.get('起始日期')).toBe('2026-03-01');
        const engaged = dbVisits.reduce(
          (n, d) =>
            n + (d.last_interaction_at === null ? 0 : (d.last_interaction_at as number) - (d.started_at as number)),
          0,
        );
        expect(summary.get('参与时长合计（秒）')).toBe(seconds(engaged));

        expect(workbookOf(first).sheets).toEqual([
          { name: '每日', rows: 4 },
          { name: '参观', rows: dbVisits.length },
          { name: '事件', rows: dbEvents.length },
          { name: '汇总', rows: sheets.get('汇总')!.length - 1 },
        ]);
      } finally {
        db.close();
      }
    },
    120_000,
  );

  it('writes dates and times as numeric date cells in kiosk local time, with date formats and a frozen header', async () => {
    const entries = await readZipEntries(out('one', workbookOf(first).name));
    const part = (name: string) => entries.find((e) => e.name === name)!.text;
    // Visits is the second sheet in the zip (xl/workbook.xml maps tabs to parts).
    expect(part('xl/workbook.xml')).toMatch(
      /<sheet name="汇总" sheetId="1" r:id="rId4"\/><sheet name="每日" sheetId="2" r:id="rId1"\/>/,
    );
    const visits = part('xl/worksheets/sheet2.xml');
    expect(visits).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(visits).toContain('<col min="1" max="1" width="38" customWidth="1"/>');
    const db = new Database(log.databaseFile, { readonly: true });
    const firstVisit = db.prepare('SELECT id, started_at FROM visits ORDER BY started_at, id LIMIT 1').get() as {
      id: string;
      started_at: number;
    };
    db.close();
    const row2 = [...visits.matchAll(/<row>(.*?)<\/row>/g)][1]![1]!;
    const cells = row2.match(/<c[^>]*\/>|<c.*?<\/c>/g)!;
    expect(cells[0]).toContain(firstVisit.id);
    // Started: style 1 (yyyy-mm-dd hh:mm:ss), a number = days since 1899-12-30 of the local wall clock.
    const started = /^<c s="1"><v>([\d.]+)<\/v><\/c>$/.exec(cells[1]!);
    expect(started).not.toBeNull();
    expect(Number(started![1])).toBeCloseTo((firstVisit.started_at + 8 * 3_600_000) / 86_400_000 + 25_569, 9);
    expect(cells[3]).toMatch(/^<c s="2"><v>\d+<\/v><\/c>$/);
    const styles = part('xl/styles.xml');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>');
    expect(styles).toMatch(/<cellXfs count="5"><xf[^>]*\/><xf numFmtId="164"[^>]*\/><xf numFmtId="165"/);
    // Free text is escaped, never markup.
    expect(entries.some((e) => e.text.includes('a&lt;b&amp;c&gt;&quot;d'))).toBe(true);
  });

  it('gives the same bytes when the same range is exported again, with times taken from the range, not the clock', async () => {
    const again = await log.export({
      from: '2026-03-01',
      to: '2026-03-04',
      format: 'xlsx',
      language: 'zh-CN',
      outDir: out('two'),
    });
    expect(again).toEqual(first);
    const name = workbookOf(first).name;
    expect(fs.readFileSync(out('two', name)).equals(fs.readFileSync(out('one', name)))).toBe(true);
    const entries = await readZipEntries(out('one', name));
    // Every entry carries the end of the range, 2026-03-05 00:00:00 kiosk time, as a DOS date and time.
    const dosDate = ((2026 - 1980) << 9) | (3 << 5) | 5;
    expect(new Set(entries.map((e) => `${e.dosDate}/${e.dosTime}`))).toEqual(new Set([`${dosDate}/0`]));
    expect(entries.find((e) => e.name === 'docProps/core.xml')!.text).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T16:00:00Z</dcterms:modified>',
    );
    expect(first.format).toBe('xlsx');
    expect(first.files.map((f) => f.name)).toEqual([name, 'kiosk-test_2026-03-01_2026-03-04_audit.csv']);
  });

  withLibreOffice(
    'names sheets and headers in English when the export is in English',
    async () => {
      const m = await log.export({
        from: '2026-03-02',
        to: '2026-03-02',
        format: 'xlsx',
        language: 'en',
        outDir: out('en'),
      });
      const sheets = sheetsViaLibreOffice(out('en', workbookOf(m).name), out('lo-en'));
      expect([...sheets.keys()].sort()).toEqual(['Daily', 'Events', 'Summary', 'Visits']);
      expect(sheets.get('Visits')![0]!.slice(0, 5)).toEqual(['Visit id', 'Started', 'Ended', 'Date', 'Engaged s']);
      expect(
        sheets
          .get('Daily')!
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(['2026-03-02']);
    },
    120_000,
  );

  it('leaves no workbook behind when cancelled', async () => {
    const controller = new AbortController();
    const folder = out('cancelled');
    const run = log.export(
      { from: '2026-03-01', to: '2026-03-04', format: 'xlsx', outDir: folder },
      () => controller.abort(),
      controller.signal,
    );
    await expect(run).rejects.toThrow('the export was cancelled; nothing was kept');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
