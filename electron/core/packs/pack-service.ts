import type { AppLog } from '../app-log';
import type { EventBus } from '../event-bus';
import type { HandlerMap } from '../handlers';
import type { Settings } from '../settings';
import { KioskFailure } from '../../shared/result';
import { createPackInstaller, type InstallerOptions, type PackInstaller } from './installer';
import { createPackStore, type PackStore } from './pack-store';
import { parsePublicKey } from './signature';

export type PackServiceOptions = Readonly<{
  settings: Settings;
  appVersion: string;
  defaultPackDir: string;
  bus: EventBus;
  log: AppLog;
  clock: () => Date;
  /** Test hook passed to the installer (crash tests). */
  checkpoint?: InstallerOptions['checkpoint'];
}>;

/** The content-pack service: the store (a ContentSource), the installer and the `packs:` handlers. */
export type PackService = Readonly<{
  store: PackStore;
  installer: PackInstaller;
  handlers: HandlerMap<'packs:install' | 'packs:status' | 'packs:rollback'>;
  /** Waits for a running install to finish. */
  close(): Promise<void>;
}>;

/** Wires store, installer and handlers; emits `content:changed` after every switch. */
export const createPackService = (options: PackServiceOptions): PackService => {
  const { settings, bus, log } = options;
  const store = createPackStore({ dataDir: settings.dataDir, defaultPackDir: options.defaultPackDir, log });
  const keyText = settings.trustedPackKey;
  const parsed = keyText === null ? null : parsePublicKey(keyText);
  if (keyText !== null && parsed === null)
    log.error('packs: settings.trustedPackKey is not an Ed25519 public key; installs are refused');
  const trustedKey = keyText === null ? null : (parsed ?? undefined);
  const changed = (packId: string, version: string) => bus.emit('content:changed', { packId, version });
  const installer = createPackInstaller({
    store,
    limits: settings.packLimits,
    trustedKey,
    allowDowngradeByDefault: settings.allowPackDowngrade,
    appVersion: options.appVersion,
    clock: options.clock,
    log,
    onProgress: (payload) => bus.emit('packs:progress', payload),
    onActivated: changed,
    ...(options.checkpoint ? { checkpoint: options.checkpoint } : {}),
  });
  const status = () => store.status(installer.installing(), keyText !== null);
  return {
    store,
    installer,
    close: () => installer.idle(),
    handlers: {
      'packs:install': (input) => installer.install(input),
      'packs:status': () => status(),
      'packs:rollback': () => {
        if (installer.installing())
          throw new KioskFailure('conflict', 'a pack install is running; roll back after it finishes');
        if (!status().previous) throw new KioskFailure('not-found', 'there is no previous pack to roll back to');
        store.rollback();
        const manifest = store.manifest();
        changed(manifest.id, manifest.version);
        log.info('packs: rolled back', { to: store.activeKey() });
        return status();
      },
    },
  };
};
