import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, readDataVersion } from '../../../db';
import type { ExportFile } from '../../shared/contract/visits';
import { startExportWorker } from './export-worker-start';
import type { FromWorkbookWorker, WorkbookJob } from './export-worker-messages';
import { partialName, type FileWriter } from './export-writer';

/** A workbook to be written on a worker thread, or null when it has to be written on this one. */
export type WorkbookThread = Readonly<{
  /** Writes it; null when the worker could not start or its snapshot is not the export's. */
  write(job: WorkbookJob, o: WriteOptions): Promise<ExportFile | null>;
  close(): void;
}>;

type WriteOptions = Readonly<{
  /** The caller's writers to abort on failure: a stand-in that removes the worker's file joins them. */
  open: FileWriter[];
  onProgress?(fraction: number, rows: number): void;
  signal?: AbortSignal;
}>;

/**
 * Call before the export's read transaction: it notes the database's
 * data_version on a probe connection, so the worker's snapshot can be checked
 * against it (the same check as the page workers': export.ts). Null for a
 * database a worker cannot open (in memory).
 */
export const prepareWorkbookThread = (reader: Database.Database): WorkbookThread | null => {
  if (reader.memory) return null;
  let probe: Database.Database;
  try {
    probe = openDatabase(reader.name, { readonly: true });
  } catch {
    return null;
  }
  const before = readDataVersion(probe);
  return {
    write: (job, o) => writeOnWorker(reader.name, job, o, () => readDataVersion(probe) === before),
    close: () => probe.close(),
  };
};

const writeOnWorker = (file: string, job: WorkbookJob, o: WriteOptions, unchanged: () => boolean) =>
  new Promise<ExportFile | null>((resolve, reject) => {
    const worker = startExportWorker({ file, format: 'csv', workbook: job });
    if (!worker) return resolve(null);
    const name = `${job.base}.xlsx`;
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', cancel);
      void worker.terminate();
      settle();
    };
    const cancel = () => worker.postMessage({ type: 'cancel' });
    o.signal?.addEventListener('abort', cancel);
    worker.on('message', (message: FromWorkbookWorker) => {
      if (message.type === 'ready') {
        // A commit since the export's snapshot: this thread writes the workbook instead.
        if (!unchanged()) return finish(() => resolve(null));
        // From here the worker's file is the export's to remove if anything fails later.
        o.open.push(removerOf(job.outDir, name));
        worker.postMessage({ type: 'start' });
      } else if (message.type === 'progress') {
        try {
          o.onProgress?.(message.fraction, message.rows);
        } catch {
          cancel();
        }
      } else if (message.type === 'done') finish(() => resolve(message.entry));
      else finish(() => reject(message.cancelled ? new Error('cancelled') : new Error(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', () => finish(() => reject(new Error('the workbook worker stopped'))));
  });

/** A FileWriter that only removes a file another thread wrote (its temp and final names). */
const removerOf = (dir: string, name: string): FileWriter => {
  const refuse = () => {
    throw new Error(`${name} is written by its worker`);
  };
  return {
    row: refuse,
    rows: refuse,
    text: refuse,
    finish: refuse,
    abort() {
      for (const f of [partialName(name), name]) fs.rmSync(path.join(dir, f), { force: true });
    },
  };
};
