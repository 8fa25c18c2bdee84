/**
 * An export worker thread: formats pages of events on its own read-only
 * connection, in the same snapshot as the export that started it (see
 * export-pool.ts). Bundled as `export-worker.cjs` next to each bundle that
 * exports; from sources, tsx compiles it in the thread (export-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExportRepo, openDatabase } from '../../../db';
import { formatInto } from './export-page';
import type { FromWorker, ToWorker, WorkerSetup } from './export-worker-messages';
import { youngGarbage } from './young-garbage';

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only');
const setup = workerData as WorkerSetup;
const db = openDatabase(setup.file, { readonly: true });
const repo = createExportRepo(db);
// The snapshot is taken by the transaction's first read, before `ready`: the
// export keeps this worker only if nothing was committed since before its own.
db.exec('BEGIN');
repo.dataVersion();
let failed = false;
const garbage = youngGarbage();

const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToWorker) => {
  if (failed) return;
  try {
    const given = message.buffer ? Buffer.from(message.buffer) : undefined;
    const page = formatInto(repo, setup.format, message.page, garbage, given);
    const buffer = page.buffer.buffer as ArrayBuffer;
    post({ type: 'page', id: message.id, rows: page.rows, length: page.length, buffer }, [buffer]);
  } catch (error) {
    failed = true;
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
post({ type: 'ready' });
