import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { createExportRepo, MIGRATIONS } from '../../../db';
import type { ExportFile, ExportManifest } from '../../shared/contract/visits';
import { KioskFailure } from '../../shared/result';
import { localDateWindow } from './date-range';
import { openFileWriter, syncDir, type FileWriter } from './export-writer';
import { preambles } from './export-format';

export type ExportOptions = Readonly<{
  from: string;
  to: string;
  format: 'csv' | 'jsonl';
  outDir: string;
  kioskId: string;
  utcOffsetMinutes: number;
  /** A connection to read from; the export owns it only for the duration (see `release`). */
  reader: Database.Database;
  /**
   * Called every few thousand rows and at the end: the fraction done (0–1, by
   * visits and then by the start time of the visit being written) and rows written.
   */
  onProgress?(fraction: number, rows: number): void;
}>;

const PROGRESS_EVERY = 16_384;

const ensureWritable = (dir: string) => {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new KioskFailure('unavailable', `cannot write to ${dir}: ${(error as Error).message}`, 'outDir');
  }
};

/**
 * Streams visits and events of an inclusive range of local dates into
 * `outDir`: `<kiosk>_<from>_<to>_visits.<ext>`, `…_events.<ext>` and
 * `…_manifest.json`. One read transaction gives both files the same snapshot;
 * rows are ordered by visit start, visit id, seq, event id, so the same range
 * gives the same bytes. The manifest is written last: its presence means the
 * export is complete.
 */
export const runExport = async (options: ExportOptions): Promise<ExportManifest> => {
  const w = localDateWindow(options.from, options.to, options.utcOffsetMinutes);
  ensureWritable(options.outDir);
  const repo = createExportRepo(options.reader);
  const pre = preambles(options.format);
  const base = `${options.kioskId}_${options.from}_${options.to}`;
  const open: FileWriter[] = [];

  options.reader.exec('BEGIN');
  try {
    const visitCount = repo.countVisits(w);
    if (visitCount === 0) {
      throw new KioskFailure('not-found', `no visits between ${options.from} and ${options.to} (local dates, inclusive)`, 'from');
    }
    // The visits file is small: it counts as the first 2 % of the work.
    const span = w.toMs - w.fromMs;
    let done = 0;
    let reported = 0;
    const tick = (fraction: () => number, rows = 1) => {
      done += rows;
      if (done - reported >= PROGRESS_EVERY) {
        reported = done;
        options.onProgress?.(fraction(), done);
      }
    };
    const files: ExportFile[] = [];

    const visits = openFileWriter(options.outDir, `${base}_visits.${options.format}`);
    open.push(visits);
    await visits.text(pre.visits);
    for (const line of repo.visitLines(options.format, w)) {
      const pending = visits.row(line);
      if (pending) await pending;
      tick(() => (0.02 * done) / visitCount);
    }
    files.push(await visits.finish());

    const events = openFileWriter(options.outDir, `${base}_events.${options.format}`);
    open.push(events);
    await events.text(pre.events);
    let startedAt = w.fromMs;
    for (const chunk of repo.eventChunks(options.format, w)) {
      startedAt = chunk.visitStartedAt;
      const pending = events.rows(chunk.text, chunk.rows);
      if (pending) await pending;
      tick(() => 0.02 + (0.98 * (startedAt - w.fromMs)) / span, chunk.rows);
    }
    files.push(await events.finish());
    options.onProgress?.(1, done);

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
    for (const writer of open) writer.abort();
    if (options.reader.inTransaction) options.reader.exec('COMMIT');
  }
};
