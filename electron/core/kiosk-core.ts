import path from 'node:path';
import type { AppInfo } from '../shared/contract/app';
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
import { createVisitHandlers, createVisitLog } from './visit-log';

export type KioskCoreOptions = Readonly<{
  settings: Settings;
  appVersion: string;
  shell: AppInfo['shell'];
  /** URL prefix under which the transport serves pack media (`/pack/` or `kiosk-pack://media/`). */
  mediaBase: string;
  /** Folder holding the bundled default content pack. */
  defaultPackDir: string;
  clock?: () => Date;
  log?: AppLog;
  /** Read on every app:info: the Electron shell turns it on when renderer crashes persist (crash policy). */
  attractOnly?: () => boolean;
}>;

/** The core services, wired: what both shells bind to their transport. */
export type KioskCore = Readonly<{
  dispatch: Dispatch;
  bus: EventBus;
  content: ContentSource;
  settings: Settings;
  log: AppLog;
  /** Flushes and closes every service; safe to call twice. */
  close(): Promise<void>;
}>;

/** Composition root of the core: creates every service in order and merges their handlers. */
export const createKioskCore = (options: KioskCoreOptions): KioskCore => {
  const clock = options.clock ?? (() => new Date());
  const { settings } = options;
  const log = options.log ?? createAppLog(path.join(settings.dataDir, 'logs'), clock);
  const bus = createEventBus((error) => log.error('event listener failed', error));
  // Installed packs (falls back to the bundled default pack when none is installed).
  const packs = createPackService({ settings, appVersion: options.appVersion, defaultPackDir: options.defaultPackDir, bus, log, clock });
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
  });
  closers.push(() => visitLog.close());
  // Fleet sync (only with fleet.postgresUrl): its own connection to the same file; closed before the visit log.
  const fleet = createFleetService(settings, visitLog.databaseFile, log);
  closers.push(() => fleet.close());

  const handlers: AllHandlers = {
    ...createAppHandlers({ settings, appVersion: options.appVersion, shell: options.shell, mediaBase: options.mediaBase, clock, attractOnly: options.attractOnly }),
    ...createContentHandlers(content, options.mediaBase),
    ...packs.handlers,
    ...createVisitHandlers(visitLog),
    ...fleet.handlers,
  };
  const dispatch = createDispatcher(handlers, (message, error) => log.error(message, error));

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
    })();
    return closed;
  };
  return { dispatch, bus, content, settings, log, close };
};
