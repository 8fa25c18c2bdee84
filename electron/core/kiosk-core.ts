import path from 'node:path';
import { createAdminService, createAuditLog, pauseVisitsDuringSessions, type AuditSink } from './admin';
import type { StartupFault } from '../shared/startup-fault';
import { dataDirFaultFor } from './startup-fault';
import { createAppHandlers } from './app-handlers';
import { createAppLog, type AppLog } from './app-log';
import { createContentHandlers } from './content-handlers';
import type { ContentSource } from './content-source';
import { createPackService } from './packs/pack-service';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus, type EventBus } from './event-bus';
import { createFleetService } from './fleet/service';
import type { AllHandlers } from './handlers';
import type { Settings } from './settings';
import type { ShellControl } from './shell-control';
import { createSystemService } from './system/system-service';
import { createVisitHandlers, createVisitLog } from './visit-log';
import { createMediaService } from './removable/media-service';
import { createExportService } from './visit-log/export-service';
import { createPageOwners } from './visit-log/page-owners';

export type KioskCoreOptions = Readonly<{
  settings: Settings;
  appVersion: string;
  /** The shell's restart / exit-to-desktop port; absent in tools and tests (app:info then says `web`, the System screen cannot restart). */
  shell?: ShellControl;
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
        return Object.fromEntries(content.manifest().chapters.map((c) => [c.id, c.title[language] ?? c.id]));
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
    ...(options.shell ? { shell: options.shell } : {}),
    clock,
    database: visitLog.database,
    databaseFile: () => visitLog.health().databaseFile,
    flushVisitLog: () => visitLog.flush(),
    alert: (kind, message) => visitLog.alert(kind, message),
    activePack: () => packs.store.status(false, false).active,
    confirmPin: admin.confirmPin,
  });

  const handlers: AllHandlers = {
    ...createAppHandlers({ settings, appVersion: options.appVersion, shell: options.shell?.kind === 'electron' ? 'electron' : 'web', mediaBase: options.mediaBase, clock, attractOnly: options.attractOnly, startupFault }),
    ...createContentHandlers(content, options.mediaBase),
    ...packs.handlers,
    ...media.handlers,
    ...exports.handlers,
    ...pauseVisitsDuringSessions(createVisitHandlers(visitLog, owners), admin.sessions),
    ...admin.handlers,
    ...fleet.handlers,
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
  return { dispatch, bus, content, settings, log, audit, startupFault, pageGone, alert, close };
};

/** The visit log fell back to memory: the data folder (or its database) cannot be written; the tour still runs. */
const dataDirFault = (inUse: string, wanted: string, dataDir: string): StartupFault | null =>
  inUse === wanted ? null : dataDirFaultFor(dataDir, `cannot write the visit database ${wanted}; visits are not kept until this is fixed`);
