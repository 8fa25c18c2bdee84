import type Database from 'better-sqlite3';
import { createWorkbookRepo } from '../../../db';
import type { ExportFile } from '../../shared/contract/visits';
import { writeWorkbook } from '../workbook/workbook-writer';
import { dailyRows } from './export-daily';
import type { ChapterTitles } from './export-format';
import { WORKBOOK_WORDS, type WorkbookLanguage } from './export-xlsx-strings';
import { openFileWriter, type FileWriter } from './export-writer';
import { visitSheets } from './xlsx-sheets';
import { youngGarbage } from './young-garbage';

const PROGRESS_EVERY = 16_384;

export type XlsxOptions = Readonly<{
  outDir: string;
  base: string;
  kioskId: string;
  from: string;
  to: string;
  window: Readonly<{ fromMs: number; toMs: number; firstDay: number }>;
  utcOffsetMinutes: number;
  titles: ChapterTitles;
  language: WorkbookLanguage;
  open: FileWriter[];
  onProgress?(fraction: number, rows: number): void;
  /** Tests: a smaller sheet limit, to see continuation sheets without a million rows. */
  maxRowsPerSheet?: number;
}>;

/**
 * Writes `<base>.xlsx` (xlsx-sheets.ts) from the export's snapshot: rows in
 * keyset pages (db/workbook-repo.ts), the zip through the exclusive temp-file
 * writer. Its manifest entry counts the data rows of all sheets and lists each.
 */
export const writeXlsx = async (db: Database.Database, o: XlsxOptions): Promise<ExportFile> => {
  const repo = createWorkbookRepo(db);
  const span = o.window.toMs - o.window.fromMs;
  let done = 0;
  let reported = 0;
  const garbage = youngGarbage();
  const sheets = visitSheets({
    ...o,
    firstDay: o.window.firstDay,
    days: dailyRows(db, o.from, o.to, o.utcOffsetMinutes),
    visits: repo.visits(o.window),
    // Each page is a new Buffer outside the V8 heap. Collected young once the
    // writer asked for the next page (so it is no longer in flight): a page
    // that survives two scavenges is promoted, and old-space Buffers wait for
    // a full GC. Collected before the yield, in-flight pages were promoted and
    // the peak rose to 141 MB at 200k events; after it, 87–91 MB at 1M (93–99 without).
    *eventRows(cells) {
      for (const page of repo.eventRows(o.window, cells)) {
        yield page;
        garbage(page.xml.length);
      }
    },
    // Progress by the time of the last event made, every PROGRESS_EVERY rows.
    onRow(rows, at) {
      done = rows;
      if (at === null || rows - reported < PROGRESS_EVERY) return;
      reported = rows;
      o.onProgress?.(Math.min(1, Math.max(0, (at - o.window.fromMs) / span)), rows);
    },
  });
  const file = openFileWriter(o.outDir, `${o.base}.xlsx`);
  o.open.push(file);
  const written = await writeWorkbook(
    {
      sheets,
      title: `${WORKBOOK_WORDS[o.language].title} ${o.kioskId} ${o.from} – ${o.to}`,
      // The end of the range: the same export always carries the same dates.
      at: { utcMs: o.window.toMs, offsetMinutes: o.utcOffsetMinutes },
      ...(o.maxRowsPerSheet ? { maxRowsPerSheet: o.maxRowsPerSheet } : {}),
    },
    (chunk) => file.rows(chunk, 0),
  );
  const entry = await file.finish();
  o.onProgress?.(1, done);
  return { ...entry, rows: written.reduce((n, s) => n + s.rows, 0), sheets: written };
};
