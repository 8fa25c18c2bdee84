import type { EventPage, ExportFormat } from '../../../db';
import type { ExportFile } from '../../shared/contract/visits';
import type { XlsxOptions } from './export-xlsx';

/** What a workbook worker writes: the workbook's options less what cannot cross threads. */
export type WorkbookJob = Omit<XlsxOptions, 'open' | 'onProgress'>;

/** What an export worker is started with (its `workerData`). */
export type WorkerSetup = Readonly<{
  /** The database file, opened read-only by the worker. */
  file: string;
  format: ExportFormat;
  /** Present: the worker writes this workbook (export-xlsx-worker.ts) instead of formatting pages. */
  workbook?: WorkbookJob;
}>;

/** From the export to a workbook worker: the snapshot is the export's, write; or stop (the file is removed). */
export type ToWorkbookWorker = Readonly<{ type: 'start' | 'cancel' }>;

/** From a workbook worker to the export. */
export type FromWorkbookWorker =
  | Readonly<{ type: 'ready' }>
  | Readonly<{ type: 'progress'; fraction: number; rows: number }>
  | Readonly<{ type: 'done'; entry: ExportFile }>
  | Readonly<{ type: 'failed'; message: string; cancelled: boolean }>;

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
