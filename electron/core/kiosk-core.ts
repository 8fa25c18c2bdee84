import path from 'node:path';
import { createAdminService, createAuditLog, pauseVisitsDuringSessions, type AuditSink } from './admin';
import type { StartupFault } from '../shared/startup-fault';
import { dataDirFaultFor } from './startup-fault';
import { createAppHandlers } from './app-handlers';
import { createAppLog, type AppLog } from './app-log';
import { createContentHandlers } from './content-handlers';
import type { ContentSource } from './content-source';
import { chapterTitlesOf } from './packs/active-manifest';
import { createPackService } from './packs/pack-service';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';
import { createFleetService } from './fleet/service';
import type { AllHandlers } from './handlers';
import type { Settings } from './settings';
import { createLiveSettings, rendererSettingsOf } from './live-settings';
import { createOpeningSchedule, everyInterval, type OpeningSchedule } from './opening-schedule';
import type { AppInfo } from '../shared/contract/app';
import type { ShellControl } from './shell-control';
import { guardVisitsByHours } from './visit-hours-guard';
import { createSystemService } from './system/system-service';
import { createVisitHandlers, createVisitLog } from './visit-log';
import { createMediaService } from './removable/media-service';
import { createExportService } from './visit-log/export-service';
import { createPageOwners } from './visit-log/page-owners';
import type { PdfPrinter } from './report/pdf-printer';
import type { FontSource } from './report/report-fonts';
import { createReportService } from './report/report-service';

export type KioskCoreOptions = Readonly<{
  settings: Settings;
  appVersion: string;
  /**
   * The shell that runs the core: its control port (restart, exit to desktop), or — as before the port
   * existed — just its kind for app:info. The nightly restart needs the port.
   */
  shell?: ShellControl | AppInfo['shell'];
  /** URL prefix under which the transport serves pack media (`/pack/` or `kiosk-pack://media/`). */
  mediaBase: string;
  /** Folder holding the bundled default content pack. */
  defaultPackDir: string;
  clock?: () => Date;
  log?: AppLog;
  /** Read on every app:info: the Electron shell turns it on when renderer crashes persist (crash policy). */
  attractOnly?: () => boolean;
  /** Media poll period (tests shorten it). */
  mediaPollMs?: number;
  /** A fault found before the core (bad config): shown on screen and raised as a health alert. */
  startupFault?: StartupFault | null;
  /** How this shell prints the report (`report:pdf`) and where the bundled CJK font is; without it the call says it cannot print. */
  report?: Readonly<{ printer: PdfPrinter; fonts: FontSource }>;
}>;

/** The core services, wired: what both shells bind to their transport. */
export type KioskCore = Readonly<{
  dispatch: Dispatch;
  bus: EventBus;
  content: ContentSource;
  settings: Settings;
  log: AppLog;
  /** Where services record what staff and admins did (`audit_log`). */
  audit: AuditSink;
  /** The renderer page `pageId` is gone (reloaded, replaced): its open visits end as interrupted. */
  pageGone(pageId: string): void;
  /** What went wrong at start (bad config, unwritable data folder), or null; app:info carries it to the card. */
  startupFault: StartupFault | null;
  /** Open or closed by the opening hours in force (the Electron shell lets the display sleep while closed). */
  opening: Pick<OpeningSchedule, 'isOpen' | 'onChange'>;
  /** Records a health alert (event bus, app log, SQLite): the shell's crash and recovery events, which the System screen lists. */
  alert(kind: string, message: string): void;
  /** Flushes and closes every service; safe to call twice. */
  close(): Promise<void>;
}>;

/** Composition root of the core: creates every service in order and merges their handlers. */
export const createKioskCore = (options: KioskCoreOptions): KioskCore => {
  const clock = options.clock ?? (() => new Date());
  const { settings } = options;
  const ownLog = options.log === undefined ? createAppLog(path.join(settings.dataDir, 'logs'), clock) : null;
  const log: AppLog = ownLog ?? options.log ?? createAppLog(null);
  const bus = createEventBus((error) => log.error('event listener failed', error));
  // The audit sink exists before the services that record into it; it is attached to the visit-log database below.
  const audit = createAuditLog({ now: () => clock().getTime(), onError: (message, error) => log.error(message, error) });
  // Removable media, polled off the request path; packs and exports only come from / go to what it finds.
  const media = createMediaService({ settings, log, clock, ...(options.mediaPollMs ? { pollMs: options.mediaPollMs } : {}) });
  // Installed packs (falls back to the bundled default pack when none is installed).
  const packs = createPackService({
    settings,
    appVersion: options.appVersion,
    defaultPackDir: options.defaultPackDir,
    bus,
    log,
    clock,
    media,
    mediaBase: options.mediaBase,
    audit: (entry) => audit.record(entry),
  });
  const content: ContentSource = packs.store;
  const closers: Array<() => void | Promise<void>> = [];
  closers.push(packs.close);

  // Visit log: durable store + batching logger; close() flushes it and closes the database.
  const visitLog = createVisitLog({
    dataDir: settings.dataDir,
    kioskId: settings.kioskId,
    retentionDays: settings.retentionDays,
    emitAlert: (alert) => bus.emit('app:health-alert', alert),
    warn: (message, data) => log.warn(message, data),
    error: (message, error) => log.error(message, error),
    clock,
    // Exports name chapters by the active pack's titles; a broken pack leaves the ids.
    chapterTitles: (language) => {
      try {
        return chapterTitlesOf(content.manifest(), language);
      } catch {
        return {};
      }
    },
  });
  closers.push(() => visitLog.close());
  if (packs.store.leftovers.length > 0)
    visitLog.alert('pack-leftovers-removed', `removed ${packs.store.leftovers.length} leftover(s) of an interrupted pack install: ${packs.store.leftovers.slice(0, 3).join(', ')}`);
  const exports = createExportService({
    visitLog,
    media,
    dataDir: settings.dataDir,
    kioskId: settings.kioskId,
    log,
    emit: (payload) => bus.emit('export:progress', payload),
    audit: (entry) => audit.record(entry),
  });
  const reports = createReportService({
    visitLog,
    media,
    dataDir: settings.dataDir,
    kioskId: settings.kioskId,
    clock,
    log,
    packWords: (language) => packWords(content, language),
    printer: options.report?.printer ?? null,
    fonts: options.report?.fonts ?? null,
    audit: (entry) => audit.record(entry),
  });
  // Leftovers of interrupted exports go on the first scan (start) and whenever a stick appears.
  const stopLeftovers = media.onVolumes((volumes) => exports.cleanLeftovers(volumes));
  media.start();
  closers.push(() => {
    stopLeftovers();
    media.stop();
  });
  audit.attach(visitLog.database);

  // PINs and sessions (memory only: a restart ends every session); the dispatcher asks it before privileged calls.
  const admin = createAdminService({
    dataDir: settings.dataDir,
    clock,
    audit,
    warn: (message, error) => log.warn(message, { error: String(error) }),
    onLastSessionEnded: () => void packs.discardStaged().catch((error: unknown) => log.error('packs: discarding the staged pack failed', error)),
  });
  closers.push(admin.close);
  // On-screen settings (overlay in the data dir); app:info, the schedule and the renderer read the live values.
  const live = createLiveSettings({
    base: settings,
    audit,
    warn: (message) => visitLog.alert('settings-overlay-invalid', message),
    changed: (next) => {
      bus.emit('settings:changed', rendererSettingsOf(next, options.attractOnly?.() ?? false));
      opening.tick();
    },
  });
  const shellControl = typeof options.shell === 'object' ? options.shell : undefined;
  let visitInProgress = (_now: Date) => false;
  const opening = createOpeningSchedule({
    now: clock,
    hours: () => live.current(),
    // A visit idle for longer than the idle guard (with narration) lets it end is over, even if its page never said so.
    visitInProgress: (now) => visitInProgress(now),
    flush: () => visitLog.flush(),
    shell: shellControl,
    onRestart: (reason) => {
      log.info('restarting', { reason });
      audit.record({ role: null, action: 'nightly-restart', detail: reason, outcome: 'ok' });
    },
    every: everyInterval,
  });
  closers.push(opening.stop);
  const owners = createPageOwners();
  const pageGone = (pageId: string) => {
    for (const left of owners.gone(pageId)) visitLog.end({ visitId: left.visitId, at: left.at, reason: 'interrupted' });
  };
  const startupFault = options.startupFault ?? dataDirFault(visitLog.health().databaseFile, visitLog.databaseFile, settings.dataDir);
  if (options.startupFault) visitLog.alert('startup-config-invalid', `${options.startupFault.problem} (running with defaults for it)`);
  if (startupFault) log.error('start-up fault', startupFault);
  // Fleet sync (only with fleet.postgresUrl): its own connection to the same file; closed before the visit log.
  const fleet = createFleetService(settings, visitLog.databaseFile, log);
  closers.push(() => fleet.close());
  const system = createSystemService({
    kioskId: settings.kioskId,
    dataDir: settings.dataDir,
    appVersion: options.appVersion,
    ...(shellControl ? { shell: shellControl } : {}),
    clock,
    database: visitLog.database,
    databaseFile: () => visitLog.health().databaseFile,
    flushVisitLog: () => visitLog.flush(),
    alert: (kind, message) => visitLog.alert(kind, message),
    activePack: () => packs.store.status(false, false).active,
    confirmPin: admin.confirmPin,
  });

  const hoursGuard = guardVisitsByHours(pauseVisitsDuringSessions(createVisitHandlers(visitLog, owners), admin.sessions), {
    isOpen: () => opening.isOpen(),
    now: () => clock().getTime(),
  });
  const visitHandlers = hoursGuard.handlers;
  visitInProgress = (now) => {
    const s = live.current();
    return hoursGuard.activity.inProgress(now.getTime(), (s.idleSeconds + s.idleWarningSeconds + s.narrationIdleCapSeconds) * 1000);
  };
  const shellKind: AppInfo['shell'] = shellControl ? (shellControl.kind === 'electron' ? 'electron' : 'web') : (options.shell as AppInfo['shell'] | undefined) ?? 'web';
  const handlers: AllHandlers = {
    ...createAppHandlers({ settings: live.current, appVersion: options.appVersion, shell: shellKind, mediaBase: options.mediaBase, clock, attractOnly: options.attractOnly, startupFault }),
    ...createContentHandlers(content, options.mediaBase),
    ...packs.handlers,
    ...media.handlers,
    ...exports.handlers,
    ...reports.handlers,
    ...visitHandlers,
    ...admin.handlers,
    ...fleet.handlers,
    ...live.handlers,
    ...system.handlers,
  };
  const dispatch = createDispatcher(handlers, (message, error) => log.error(message, error), admin.guard);

  let closed: Promise<void> | null = null;
  const close = () => {
    closed ??= (async () => {
      for (const closer of closers.reverse()) {
        try {
          await closer();
        } catch (error) {
          log.error('service close failed', error);
        }
      }
      // Last, so the services' closing lines are in the file: flushes the log stream.
      await ownLog?.close();
    })();
    return closed;
  };
  const alert = (kind: string, message: string) => visitLog.alert(kind, message);
  return { dispatch, bus, content, settings, log, audit, startupFault, pageGone, alert, close, opening };
};

/** The visit log fell back to memory: the data folder (or its database) cannot be written; the tour still runs. */
const dataDirFault = (inUse: string, wanted: string, dataDir: string): StartupFault | null =>
  inUse === wanted ? null : dataDirFaultFor(dataDir, `cannot write the visit database ${wanted}; visits are not kept until this is fixed`);

/** The active pack's name and chapter keywords and titles in one language (ids when the pack cannot be read). */
const packWords = (content: ContentSource, language: 'zh-CN' | 'en') => {
  try {
    const manifest = content.manifest();
    return {
      showroom: manifest.title[language] ?? '',
      chapters: Object.fromEntries(manifest.chapters.map((c) => [c.id, { keyword: c.keyword[language] ?? c.id, title: c.title[language] ?? c.id }])),
    };
  } catch {
    return { showroom: '', chapters: {} };
  }
};
