import fs from 'node:fs';
import type { EventPayload } from '../../shared/contract';
import type { ExportResult } from '../../shared/contract/visits';
import { KioskFailure } from '../../shared/result';
import type { AppLog } from '../app-log';
import type { HandlerMap } from '../handlers';
import { safeAudit, type AuditFn } from '../removable/audit';
import type { MediaService } from '../removable/media-service';
import { confineDestination, createExportFolder, describeWriteError } from './export-destination';
import { removeExportLeftovers } from './export-leftovers';
import type { ExportTarget, VisitLog } from './visit-log';

export type ExportServiceOptions = Readonly<{
  visitLog: Pick<VisitLog, 'export' | 'alert'>;
  media: Pick<MediaService, 'volume' | 'exportRoots'>;
  dataDir: string;
  kioskId: string;
  log: AppLog;
  emit(payload: EventPayload<'export:progress'>): void;
  audit?: AuditFn;
}>;

/** Progress updates closer together than this are dropped. */
const MIN_PROGRESS_MS = 200;

/**
 * Exports to detected volumes only: the caller names a volume id, the
 * kiosk confines it again (realpath inside the volumes and export roots,
 * never the data dir), creates a new numbered folder and writes each file
 * exclusively under a temp name (export-writer.ts). One export at a time;
 * `export:cancel` stops it and nothing half-done stays behind.
 */
export const createExportService = (o: ExportServiceOptions) => {
  const audit = safeAudit(o.audit, (error) => o.log.error('export: audit failed', error));
  let running: AbortController | null = null;
  const cleaned = new Set<string>();

  const run = async (request: ExportTarget & { parent: string }, role: 'staff' | 'admin' | null): Promise<ExportResult> => {
    if (running) throw new KioskFailure('conflict', 'an export is running; wait for it or cancel it');
    const controller = new AbortController();
    running = controller;
    let last = 0;
    let rowsDone = 0;
    let folder: string | null = null;
    o.emit({ phase: 'preparing', rowsDone: 0, rowsTotal: 0 });
    try {
      const parent = await confineDestination(request.parent, o.media.exportRoots(), o.dataDir);
      folder = createExportFolder(parent, `${o.kioskId}_${request.from}_${request.to}`);
      const manifest = await o.visitLog.export(
        { from: request.from, to: request.to, format: request.format, outDir: folder, ...(request.language ? { language: request.language } : {}) },
        (fraction, rows) => {
          rowsDone = rows;
          if (Date.now() - last < MIN_PROGRESS_MS && fraction < 1) return;
          last = Date.now();
          o.emit({ phase: 'writing', rowsDone: rows, rowsTotal: fraction > 0 ? Math.max(rows, Math.round(rows / fraction)) : rows });
        },
        controller.signal,
      );
      o.emit({ phase: 'done', rowsDone, rowsTotal: rowsDone });
      audit({ role, action: 'export:visits', detail: `${request.from}..${request.to} ${request.format} to ${folder}`, outcome: 'ok' });
      return { manifest, folder, files: manifest.files };
    } catch (error) {
      const cancelled = controller.signal.aborted;
      if (folder) removeEmptyFolder(folder);
      const failure =
        error instanceof KioskFailure ? error : new KioskFailure('unavailable', describeWriteError(error, request.parent));
      o.emit({ phase: cancelled ? 'cancelled' : 'failed', rowsDone, rowsTotal: rowsDone, message: failure.message });
      audit({ role, action: 'export:visits', detail: `${request.from}..${request.to}: ${failure.message}`, outcome: failure.code === 'forbidden' ? 'refused' : 'failed' });
      throw failure;
    } finally {
      running = null;
    }
  };

  return {
    /** Confined path entry for the `kiosk export` CLI (which scans the volumes itself). */
    exportToPath: (request: ExportTarget) => run({ ...request, parent: request.outDir }, null),
    /** Removes leftovers of interrupted exports on volumes not cleaned yet; reports them in the log and as a health alert. */
    cleanLeftovers(volumes: ReadonlyArray<{ id: string; path: string; kind: string }>) {
      if (running) return;
      const removed: string[] = [];
      for (const v of volumes) {
        if (v.kind === 'import-root' || cleaned.has(v.id)) continue;
        cleaned.add(v.id);
        removed.push(...removeExportLeftovers(v.path));
      }
      if (removed.length === 0) return;
      o.log.warn('export: removed leftovers of interrupted exports', { removed });
      o.visitLog.alert('export-leftovers-removed', `removed ${removed.length} leftover file(s) of interrupted exports: ${removed.slice(0, 3).join(', ')}`);
    },
    handlers: {
      'export:visits': async (input, ctx) => {
        const volume = o.media.volume(input.volumeId);
        if (!volume || volume.kind === 'import-root')
          throw new KioskFailure('not-found', 'that destination is no longer available: pick one from the list again', 'volumeId');
        return run({ from: input.from, to: input.to, format: input.format, ...(input.language ? { language: input.language } : {}), outDir: volume.path, parent: volume.path }, ctx.session?.role ?? null);
      },
      'export:cancel': () => {
        if (!running) return { cancelled: false };
        running.abort();
        return { cancelled: true };
      },
    } as HandlerMap<'export:visits' | 'export:cancel'>,
  };
};

/** After a failure the writers removed their files; the folder goes too when empty. */
const removeEmptyFolder = (folder: string) => {
  try {
    fs.rmdirSync(folder);
  } catch {
    // Not empty (a file could not be removed from a pulled stick) or gone: start-up cleanup retries.
  }
};

export type ExportService = ReturnType<typeof createExportService>;
