import type { EventPage, ExportFormat } from '../../../db';

/** What an export worker is started with (its `workerData`). */
export type WorkerSetup = Readonly<{
  /** The database file, opened read-only by the worker. */
  file: string;
  format: ExportFormat;
}>;

/** From the export to a worker: format the events of this page, into `buffer` (a written page's, transferred back) if given. */
export type ToWorker = Readonly<{ type: 'page'; id: number; page: EventPage; buffer?: ArrayBuffer }>;

/** From a worker to the export. */
export type FromWorker =
  /** Connection open, statements prepared, read transaction begun: the worker's snapshot is taken. */
  | Readonly<{ type: 'ready' }>
  /** A formatted page: `length` bytes at the start of `buffer`, transferred, not copied. */
  | Readonly<{ type: 'page'; id: number; rows: number; length: number; buffer: ArrayBuffer }>
  /** Formatting failed; the export formats the worker's pages itself. */
  | Readonly<{ type: 'failed'; message: string }>;
