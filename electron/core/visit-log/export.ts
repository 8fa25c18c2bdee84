import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { createExportRepo, MIGRATIONS } from '../../../db';
import type { ExportFile, ExportManifest } from '../../shared/contract/visits';
import { KioskFailure } from '../../shared/result';
import { localDateWindow } from './date-range';
import { openFileWriter, syncDir, type FileWriter } from './export-writer';
import { rowFormat } from './export-format';

export type ExportOptions = Readonly<{
  from: string;
  to: string;
  format: 'csv' | 'jsonl';
  outDir: string;
  kioskId: string;
  utcOffsetMinutes: number;
  /** A connection to read from; the export owns it only for the duration (see `release`). */
  reader: Database.Database;
  /** Called every few thousand rows and at the end: rows written, rows expected. */
  onProgress?(done: number, total: number): void;
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
  const format = rowFormat(options.format);
  const base = `${options.kioskId}_${options.from}_${options.to}`;
  const open: FileWriter[] = [];

  options.reader.exec('BEGIN');
  try {
    const counts = repo.count(w);
    if (counts.visits === 0) {
      throw new KioskFailure('not-found', `no visits between ${options.from} and ${options.to} (local dates, inclusive)`, 'from');
    }
    const total = counts.visits + counts.events;
    let done = 0;
    const tick = () => {
      if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
    };
    const files: ExportFile[] = [];

    const visits = openFileWriter(options.outDir, `${base}_visits.${format.extension}`);
    open.push(visits);
    await visits.text(format.visitsPreamble);
    for (const row of repo.visits(w)) {
      const pending = visits.row(format.visit(row));
      if (pending) await pending;
      tick();
    }
    files.push(await visits.finish());

    const events = openFileWriter(options.outDir, `${base}_events.${format.extension}`);
    open.push(events);
    await events.text(format.eventsPreamble);
    for (const row of repo.events(w)) {
      const pending = events.row(format.event(row));
      if (pending) await pending;
      tick();
    }
    files.push(await events.finish());
    options.onProgress?.(done, total);

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
