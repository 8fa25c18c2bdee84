import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import type Database from 'better-sqlite3';
import {
  createExportRepo,
  MIGRATIONS,
  openDatabase,
  readDataVersion,
  type EventPage,
  type ExportFormat,
  type ExportRepo,
} from '../../../db';
import type { ExportManifest } from '../../shared/contract/visits';
import { KioskFailure } from '../../shared/result';
import { localDateWindow } from './date-range';
import { createBufferPool, formatHere } from './export-page';
import { localFormatter, startWorkerFormatter, type PageFormatter } from './export-pool';
import { writeRowFiles } from './export-rows';
import { writeAuditFile } from './export-audit';
import { writeDailyCsv } from './export-daily';
import { writeXlsx } from './export-xlsx';
import type { ChapterTitles } from './export-format';
import { openFileWriter, syncDir, type FileWriter } from './export-writer';
import { youngGarbage } from './young-garbage';

type Window = Readonly<{ fromMs: number; toMs: number }>;

export type ExportOptions = Readonly<{
  from: string;
  to: string;
  format: 'csv' | 'jsonl' | 'xlsx';
  /** Language of the workbook's sheet names and headers (xlsx); default zh-CN. */
  language?: 'zh-CN' | 'en';
  /**
   * The folder the files go into: an existing folder, or one level created here
   * (0700). Never `mkdir -p`: callers confine it first (export-service.ts).
   */
  outDir: string;
  kioskId: string;
  /** Aborting stops the export at the next progress step; its files are removed. */
  signal?: AbortSignal;
  utcOffsetMinutes: number;
  /** Chapter titles in the export's language (CSV headers, cells, daily summary); ids when absent. */
  chapterTitles?: ChapterTitles;
  /** A connection to read from; the export owns it only for the duration (see `release`). */
  reader: Database.Database;
  /**
   * Called every few thousand rows and at the end: the fraction done (0–1, by
   * the start time of the last visit written) and rows written (both files).
   */
  onProgress?(fraction: number, rows: number): void;
  /**
   * Worker threads formatting events, each on its own read-only connection in
   * the export's snapshot; the calling thread formats pages as well while it
   * waits for theirs. Default: MAX_WORKERS for an export of at least
   * PARALLEL_MIN_VISITS visits on a machine with two cores or more, else 0
   * (everything on the calling thread). The bytes are the same either way.
   */
  workers?: number;
}>;

/** Below this many visits, starting threads (≈ 50 ms) costs more than it saves. */
const PARALLEL_MIN_VISITS = 2_000;
/**
 * One worker, and the calling thread formats pages too while it waits
 * (export-pool.ts): two threads, two cores, and a kiosk still serving
 * visitors keeps the rest. A second worker measured slower on two cores
 * (three threads contending) and cost ≈ 15 MB more at peak.
 */
const MAX_WORKERS = 1;

const ensureWritable = (dir: string) => {
  try {
    // One level at most, and no symlink as the folder itself (lstat).
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { mode: 0o700 });
    if (!fs.lstatSync(dir).isDirectory()) throw new Error('not a folder');
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new KioskFailure('unavailable', `cannot write to ${dir}: ${(error as Error).message}`, 'outDir');
  }
};

/** The error an export stops with when it was cancelled. */
export const cancelledFailure = () => new KioskFailure('conflict', 'the export was cancelled; nothing was kept');

const checkCancelled = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw cancelledFailure();
};

const workerCount = (options: ExportOptions, repo: ExportRepo, w: Window): number => {
  // A worker cannot open another connection's in-memory database.
  if (options.reader.memory) return 0;
  if (options.workers !== undefined) return options.workers;
  if (availableParallelism() < 2) return 0;
  // Outside the snapshot: it only decides whether threads are worth starting.
  return repo.countVisits(w) >= PARALLEL_MIN_VISITS ? MAX_WORKERS : 0;
};

const openFormatter = (options: ExportOptions & { format: ExportFormat }, repo: ExportRepo, w: Window): PageFormatter => {
  const pool = createBufferPool();
  const garbage = youngGarbage();
  const local = (page: EventPage) => formatHere(repo, options.format, page, pool, garbage);
  const workers = workerCount(options, repo, w);
  if (workers <= 0) return localFormatter(local);
  // Read once now, before the export's snapshot (BEGIN in runExport), and
  // again when each worker holds its own: unchanged, no commit came between,
  // so the worker sees exactly what the export sees.
  let probe: Database.Database;
  try {
    probe = openDatabase(options.reader.name, { readonly: true });
  } catch {
    return localFormatter(local);
  }
  const before = readDataVersion(probe);
  const formatter = startWorkerFormatter({
    setup: { file: options.reader.name, format: options.format },
    workers,
    local,
    unchanged: () => readDataVersion(probe) === before,
    pool,
  });
  return {
    ...formatter,
    async close() {
      await formatter.close();
      probe.close();
    },
  };
};

/**
 * Streams visits and events of an inclusive range of local dates into
 * `outDir`: `<kiosk>_<from>_<to>_visits.<ext>`, `…_events.<ext>` and
 * `…_manifest.json`. One read transaction gives both files the same snapshot
 * (worker threads formatting events join it or are not used: export-pool.ts);
 * rows are ordered by visit start, visit id, seq, event id, so the same range
 * gives the same bytes. The manifest is written last: its presence means the
 * export is complete.
 */
export const runExport = async (options: ExportOptions): Promise<ExportManifest> => {
  const w = localDateWindow(options.from, options.to, options.utcOffsetMinutes);
  ensureWritable(options.outDir);
  const repo = createExportRepo(options.reader);
  const base = `${options.kioskId}_${options.from}_${options.to}`;
  const open: FileWriter[] = [];
  // The workbook formats its rows as it zips them: no page formatter (worker threads) for it.
  const { format } = options;
  const rowFormat: ExportFormat | null = format === 'xlsx' ? null : format;
  const formatter = rowFormat ? openFormatter({ ...options, format: rowFormat }, repo, w) : null;

  try {
    options.reader.exec('BEGIN');
    // The first read takes the snapshot both files are written from.
    if (repo.countVisits(w) === 0) {
      throw new KioskFailure(
        'not-found',
        `no visits between ${options.from} and ${options.to} (local dates, inclusive)`,
        'from',
      );
    }
    const onProgress = (fraction: number, rows: number) => {
      checkCancelled(options.signal);
      options.onProgress?.(fraction, rows);
    };
    const titles = options.chapterTitles ?? {};
    const language = options.language ?? 'zh-CN';
    const files =
      formatter && rowFormat
        ? await writeRowFiles(repo, formatter, { ...options, format: rowFormat, onProgress, base, window: w, open, titles })
        : [await writeXlsx(options.reader, { ...options, onProgress, base, window: w, open, titles, language })];
    if (format === 'csv') files.push(await writeDailyCsv(options.reader, { ...options, base, titles, open }));
    // Who changed the kiosk in the range travels with what visitors did (docs/admin.md); as CSV beside a workbook.
    files.push(await writeAuditFile(options.reader, { ...options, format: format === 'jsonl' ? 'jsonl' : 'csv', base, open }));
    checkCancelled(options.signal);

    const manifest: ExportManifest = {
      kind: 'changjiahui-visit-log-export',
      schemaVersion: MIGRATIONS.at(-1)?.version ?? 0,
      kioskId: options.kioskId,
      from: options.from,
      to: options.to,
      utcOffsetMinutes: options.utcOffsetMinutes,
      format: options.format,
      files,
    };
    const manifestFile = openFileWriter(options.outDir, `${base}_manifest.json`);
    open.push(manifestFile);
    await manifestFile.text(`${JSON.stringify(manifest, null, 2)}\n`);
    await manifestFile.finish();
    syncDir(options.outDir);
    open.length = 0;
    return manifest;
  } finally {
    await formatter?.close();
    for (const writer of open) writer.abort();
    if (options.reader.inTransaction) options.reader.exec('COMMIT');
  }
};
