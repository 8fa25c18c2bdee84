import type Database from 'better-sqlite3';
import { createDailyRepo, type DailyRow } from '../../../db';
import type { ExportFile } from '../../shared/contract/visits';
import { BOM, csvLine } from './csv';
import { dateOfDay, localDateWindow } from './date-range';
import { titleList, type ChapterTitles } from './export-format';
import { openFileWriter, type FileWriter } from './export-writer';

/** Rounded whole seconds. */
const seconds = (ms: number) => Math.round(ms / 1000);

/** The daily summary's header: fixed columns, then visits per chapter with the chapter titles. */
export const dailyHeader = (titles: ChapterTitles): string[] => [
  'date',
  'visits',
  'hub_only',
  'engaged_s_total',
  'engaged_s_avg',
  'idle_tail_s_total',
  'finish',
  'home',
  'idle',
  'interrupted',
  'open',
  'zh-CN',
  'en',
  ...titleList(titles).map((t) => `entered ${t}`),
];

/** One day's cells, in header order (a day without visits is all zeros). */
export const dailyCells = (date: string, r: DailyRow | undefined): Array<string | number> => [
  date,
  r?.visits ?? 0,
  r?.hubOnly ?? 0,
  seconds(r?.engagedMs ?? 0),
  r && r.ended ? seconds(r.engagedMs / r.ended) : 0,
  seconds(r?.idleTailMs ?? 0),
  r?.finish ?? 0,
  r?.home ?? 0,
  r?.idle ?? 0,
  r?.interrupted ?? 0,
  r?.open ?? 0,
  r?.zh ?? 0,
  r?.en ?? 0,
  r?.c0 ?? 0,
  r?.c1 ?? 0,
  r?.c2 ?? 0,
  r?.c3 ?? 0,
  r?.c4 ?? 0,
];

/** Every date of the range with its totals, zeros included (what the daily file and sheet hold). */
export const dailyRows = (db: Database.Database, from: string, to: string, utcOffsetMinutes: number) => {
  const w = localDateWindow(from, to, utcOffsetMinutes);
  const byDay = new Map(createDailyRepo(db).days(w).map((r) => [r.day, r]));
  return Array.from({ length: w.days }, (_, i) => ({ date: dateOfDay(w.firstDay + i), row: byDay.get(w.firstDay + i) }));
};

/**
 * Writes `<base>_daily.csv`: one line per local date of the range, ready to
 * paste into a monthly report. Read in the export's transaction (same snapshot).
 */
export const writeDailyCsv = async (
  db: Database.Database,
  o: Readonly<{ outDir: string; base: string; from: string; to: string; utcOffsetMinutes: number; titles: ChapterTitles; open: FileWriter[] }>,
): Promise<ExportFile> => {
  const file = openFileWriter(o.outDir, `${o.base}_daily.csv`);
  o.open.push(file);
  await file.text(BOM + csvLine(dailyHeader(o.titles)));
  for (const { date, row } of dailyRows(db, o.from, o.to, o.utcOffsetMinutes)) {
    const pending = file.row(csvLine(dailyCells(date, row)));
    if (pending) await pending;
  }
  return file.finish();
};
