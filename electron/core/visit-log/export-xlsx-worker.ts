/**
 * The worker side of a workbook export (export-xlsx-thread.ts): the
 * workbook's rows are JavaScript strings by the million, and V8 lets a busy
 * thread's young generation grow to tens of MB; a worker started with a 2 MB
 * one (export-worker-start.ts) keeps the export within its memory goal.
 */
import type { MessagePort } from 'node:worker_threads';
import { openDatabase, readDataVersion } from '../../../db';
import type { FromWorkbookWorker, ToWorkbookWorker, WorkbookJob } from './export-worker-messages';
import type { FileWriter } from './export-writer';
import { writeXlsx } from './export-xlsx';

export const writeWorkbookHere = (port: MessagePort, file: string, job: WorkbookJob): void => {
  const db = openDatabase(file, { readonly: true });
  // The first read takes the snapshot; the export compares it with its own before it says `start`.
  db.exec('BEGIN');
  readDataVersion(db);
  let cancelled = false;
  const post = (message: FromWorkbookWorker) => port.postMessage(message);

  const write = async () => {
    const open: FileWriter[] = [];
    try {
      const onProgress = (fraction: number, rows: number) => {
        if (cancelled) throw new Error('cancelled');
        post({ type: 'progress', fraction, rows });
      };
      post({ type: 'done', entry: await writeXlsx(db, { ...job, open, onProgress }) });
    } catch (error) {
      for (const writer of open) writer.abort();
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error), cancelled });
    } finally {
      db.close();
    }
  };

  port.on('message', (message: ToWorkbookWorker) => {
    if (message.type === 'cancel') cancelled = true;
    else void write();
  });
  post({ type: 'ready' });
};
