import path from 'node:path';
import type Database from 'better-sqlite3';
import { createAlertRepo, createDashboardRepo, createStatsRepo, createVisitRepo, errorCode, openDatabase, type LogItem } from '../../../db';
import type { StatsDashboard } from '../../shared/contract/stats';
import type { ExportManifest, HealthAlert, StatsSummary, VisitLogHealth } from '../../shared/contract/visits';
import type { ChapterId } from '../../shared/content-pack';
import type { VisitEnd, VisitEvent, VisitStart } from '../../shared/visit-events';
import { createAlertRecorder } from './alerts';
import { systemUtcOffsetMinutes } from './date-range';
import { runExport } from './export';
import { createDurableEnds, rememberDrops, reserveDropRecord, takeDropRecord } from './durable';
import { createVisitLogger, type BatchStore, type LoggerOptions } from './logger';
import { openCheckedDatabase, type CheckedOpen } from './open-checked';
import { purgeOld, scheduleDaily } from './retention';
import { statsSummary } from './stats';
import { NO_DASHBOARD, NO_STATS, statsDashboard } from './stats-dashboard';
import { parseItem, toItem, type IngestKind } from './validate';

export type VisitLogOptions = Readonly<{
  dataDir: string;
  kioskId: string;
  retentionDays: number;
  /** Where alerts go besides the database: the event bus (`app:health-alert`). */
  emitAlert(alert: HealthAlert): void;
  warn(message: string, data: Record<string, unknown>): void;
  error?(message: string, error: unknown): void;
  clock?: () => Date;
  /** Local time of statistics and exports; defaults to the system's offset at start (Chongqing +480). */
  utcOffsetMinutes?: number;
  /** Logger tuning (flushMs 250, batchMax 200, …). */
  logger?: Partial<Omit<LoggerOptions, 'store' | 'onAlert'>>;
  /** Wraps the repository the logger writes to (fault injection, crash tests). */
  wrapStore?(store: BatchStore): BatchStore;
  /** Retention purge interval (default a day). */
  purgeEveryMs?: number;
  /** Chapter titles of the active pack in a language, for exports (kiosk-core reads the manifest). */
  chapterTitles?(language: 'zh-CN' | 'en'): Readonly<Partial<Record<ChapterId, string>>>;
}>;

/** The visit log service: ingest, statistics, export, health. */
export type VisitLog = Readonly<{
  /**
   * Enqueue already-validated contract input (O(1), no I/O). A start interrupts every
   * other open visit unless `interruptOthers: false` (page-scoped callers end their own).
   */
  start(input: VisitStart, options?: { interruptOthers?: boolean }): void;
  event(input: VisitEvent): void;
  end(input: VisitEnd): void;
  /** Validates raw input then enqueues it; throws KioskFailure on bad input. */
  ingest(kind: IngestKind, raw: unknown): void;
  stats(from: string, to: string): StatsSummary;
  /** Exports into `outDir`, which the caller has confined (export-service.ts). */
  export(request: ExportTarget, onProgress?: (fraction: number, rows: number) => void, signal?: AbortSignal): Promise<ExportManifest>;
  /** Raises a health alert (recorded, emitted, persisted) from another service. */
  alert(kind: string, message: string): void;
  /**
   * The admin dashboard's figures for a range and the period before it.
   * `kioskIds` (the fleet's filter) that leave out this kiosk give empty periods.
   */
  dashboard(from: string, to: string, kioskIds?: readonly string[]): StatsDashboard;
  health(): VisitLogHealth;
  /** Purges visits older than the retention period now. */
  purge(): void;
  /** Writes what is queued now; false if the write failed. */
  flush(): boolean;
  /** Resolves true once the end of `visitId` is on disk (it is flushed now if queued), false after `timeoutMs`. */
  durableEnd(visitId: string, timeoutMs?: number): Promise<boolean>;
  /** Raises a health alert (event bus, app log, database when writable): start-up faults found outside the visit log. */
  alert(kind: string, message: string): void;
  readonly databaseFile: string;
  /** The open connection (or its in-memory fallback): the audit log shares it, writing a row now and then. */
  readonly database: Database.Database;
  /** Flushes and closes the database. */
  close(): void;
}>;

/** What an export covers and the (already confined) folder it goes into. */
export type ExportTarget = Readonly<{ from: string; to: string; format: 'csv' | 'jsonl' | 'xlsx'; outDir: string; language?: 'zh-CN' | 'en' }>;

/**
 * Closes the visits a crash left open: the first write of a start. When it
 * cannot write (read-only data folder holding a database, full disk) the log
 * runs in memory for this session instead of stopping the start.
 */
const closeLeftOpen = (opened: CheckedOpen, file: string, raise: (kind: string, message: string) => void): CheckedOpen => {
  try {
    createVisitRepo(opened.db).closeOpenVisits();
    return opened;
  } catch (error) {
    if (!opened.persistent) throw error;
    opened.db.close();
    raise('visit-log-unavailable', `cannot write ${file} (${errorCode(error)}); visits are kept in memory until restart`);
    const memory = openDatabase(':memory:');
    return { db: memory, quarantinedTo: null, persistent: false };
  }
};

/** The database file inside the kiosk's data folder. */
export const visitDatabaseFile = (dataDir: string): string => path.join(dataDir, 'visits.sqlite');

/**
 * Creates the visit log: opens (checking, quarantining if damaged) the
 * database, closes visits a crash left open, purges old visits (now and
 * daily) and starts the batching logger.
 */
export const createVisitLog = (options: VisitLogOptions): VisitLog => {
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().getTime();
  const utcOffsetMinutes = options.utcOffsetMinutes ?? systemUtcOffsetMinutes();
  const file = visitDatabaseFile(options.dataDir);
  const alerts = createAlertRecorder({ emit: options.emitAlert, warn: options.warn, now });
  const opened = closeLeftOpen(openCheckedDatabase(file, clock, alerts.raise), file, alerts.raise);
  const db = opened.db;
  const repo = createVisitRepo(db);
  const alertRepo = createAlertRepo(db);
  alerts.attach(alertRepo);
  const lastRun = opened.persistent ? takeDropRecord(options.dataDir) : null;
  if (lastRun) {
    alerts.raise(
      'visit-log-dropped-last-run',
      `the previous run lost ${lastRun.droppedTotal ?? 'an unknown number of'} visit-log items (${lastRun.droppedAtShutdown ?? 'unknown'} at shutdown, ${lastRun.at}; ${lastRun.lastError ?? 'no error recorded'})`,
    );
  }
  if (opened.persistent) reserveDropRecord(options.dataDir);
  const durable = createDurableEnds();

  const baseStore: BatchStore = repo;
  const logger = createVisitLogger({
    ...options.logger,
    store: options.wrapStore ? options.wrapStore(baseStore) : baseStore,
    onAlert: alerts.raise,
    onError: options.error,
    now,
    onCommitted: (items, outcome) => {
      durable.committed(items);
      alerts.persistPending();
      options.logger?.onCommitted?.(items, outcome);
    },
  });

  const purge = () => {
    try {
      purgeOld(repo, alertRepo, options.retentionDays, now());
    } catch (error) {
      alerts.raise('visit-log-purge-failed', `retention purge failed: ${(error as Error).message}`);
    }
  };
  const stopPurge = scheduleDaily(purge, options.purgeEveryMs);

  // An export reads through its own connection: an open iterator keeps a
  // connection busy, and the logger must keep writing meanwhile.
  const reader = (): { db: Database.Database; release(): void } =>
    opened.persistent ? { db: openDatabase(file, { readonly: true }), release() {} } : { db, release() {} };

  // Prepared on first use, then kept: the dashboard's statements are prepared once.
  let stats: ReturnType<typeof createStatsRepo> | null = null;
  let dash: ReturnType<typeof createDashboardRepo> | null = null;
  const statsRepo = () => (stats ??= createStatsRepo(db));
  const dashboardRepo = () => (dash ??= createDashboardRepo(db));

  const enqueue = (item: LogItem) => logger.enqueue(item);
  let closed = false;
  return {
    start: (input, startOptions) =>
      enqueue({ kind: 'start', kioskId: options.kioskId, ...input, ...(startOptions?.interruptOthers === false ? { interruptOthers: false } : {}) }),
    event: (input) => enqueue(toItem.event(input)),
    end: (input) => enqueue(toItem.end(input)),
    ingest: (kind, raw) => enqueue(parseItem(kind, raw, options.kioskId)),
    stats: (from, to) => {
      logger.flush();
      return statsSummary(statsRepo(), from, to, utcOffsetMinutes);
    },
    dashboard: (from, to, kioskIds) => {
      // This database holds one kiosk's visits: a filter without it selects none.
      if (kioskIds && !kioskIds.includes(options.kioskId)) return statsDashboard(NO_STATS, NO_DASHBOARD, from, to, utcOffsetMinutes);
      logger.flush();
      return statsDashboard(statsRepo(), dashboardRepo(), from, to, utcOffsetMinutes);
    },
    async export(request, onProgress, signal) {
      logger.flush();
      const r = reader();
      try {
        const chapterTitles = options.chapterTitles?.(request.language ?? 'zh-CN') ?? {};
        return await runExport({ ...request, kioskId: options.kioskId, utcOffsetMinutes, chapterTitles, reader: r.db, onProgress, signal });
      } finally {
        if (r.db !== db) r.db.close();
      }
    },
    health: () => {
      const s = logger.stats();
      return {
        writing: s.writing,
        buffered: s.buffered,
        dropped: s.dropped,
        refused: s.refused,
        stored: s.stored,
        lastFlushAt: s.lastFlushAt === null ? null : new Date(s.lastFlushAt).toISOString(),
        lastError: s.lastError,
        databaseFile: opened.persistent ? file : ':memory:',
        alerts: alerts.recent(),
      };
    },
    purge,
    flush: () => logger.flush(),
    alert: (kind, message) => alerts.raise(kind, message),
    durableEnd: (visitId, timeoutMs = 3_000) => {
      logger.flush();
      return durable.wait(visitId, timeoutMs);
    },
    databaseFile: file,
    database: db,
    close() {
      if (closed) return;
      closed = true;
      stopPurge();
      const lost = logger.close();
      durable.close();
      const { dropped, lastError } = logger.stats();
      if (lost > 0) {
        alerts.raise('visit-log-dropped-at-shutdown', `shutting down with the disk refusing writes (${lastError ?? 'unknown error'}): ${lost} visit-log items lost`);
      }
      // The database may be what cannot be written: the next start learns of the loss from a small file.
      if (dropped > 0 && opened.persistent) {
        rememberDrops(options.dataDir, { at: clock().toISOString(), droppedAtShutdown: lost, droppedTotal: dropped, lastError });
      }
      db.close();
    },
  };
};
