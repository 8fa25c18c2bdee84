import path from 'node:path';
import type { AppLog } from '../app-log';
import type { EventBus } from '../event-bus';
import type { HandlerMap } from '../handlers';
import type { Settings } from '../settings';
import { KioskFailure } from '../../shared/result';
import { safeAudit, type AuditFn } from '../removable/audit';
import type { MediaService } from '../removable/media-service';
import { createPackInstaller, isDowngrade, type InstallerOptions, type PackInstaller } from './installer';
import { createPackStore, type PackStore } from './pack-store';
import { createAttemptReporter } from './attempt-report';
import { confineSource } from './source-confine';
import { runPreflight } from './preflight';
import { parsePublicKey } from './signature';

export type PackServiceOptions = Readonly<{
  settings: Settings;
  appVersion: string;
  defaultPackDir: string;
  bus: EventBus;
  log: AppLog;
  clock: () => Date;
  /** Removable media: where candidates and install sources must come from. Without it only importRoots count (tests, CLI). */
  media?: MediaService;
  /** The transport's media URL prefix, for `content:preview`. */
  mediaBase?: string;
  audit?: AuditFn;
  /** Test hook passed to the installer (crash tests). */
  checkpoint?: InstallerOptions['checkpoint'];
}>;

type PackCalls =
  | 'packs:install'
  | 'packs:status'
  | 'packs:rollback'
  | 'packs:preflight'
  | 'packs:stage'
  | 'packs:activate'
  | 'packs:discard'
  | 'content:preview';

/** The content-pack service: the store (a ContentSource), the installer and the `packs:` handlers. */
export type PackService = Readonly<{
  store: PackStore;
  installer: PackInstaller;
  handlers: HandlerMap<PackCalls>;
  /** Drops a staged pack that nobody activated (admin mode left); audited when there was one. */
  discardStaged(): Promise<void>;
  /** Waits for a running install to finish. */
  close(): Promise<void>;
}>;

/** Wires store, installer and handlers; emits `content:changed` after every switch. */
export const createPackService = (options: PackServiceOptions): PackService => {
  const { settings, bus, log, media } = options;
  const store = createPackStore({ dataDir: settings.dataDir, defaultPackDir: options.defaultPackDir, log, keepPrevious: settings.keepPreviousPacks });
  const keyText = settings.trustedPackKey;
  const parsed = keyText === null ? null : parsePublicKey(keyText);
  if (keyText !== null && parsed === null)
    log.error('packs: settings.trustedPackKey is not an Ed25519 public key; installs are refused');
  const trustedKey = keyText === null ? null : (parsed ?? undefined);
  const changed = (packId: string, version: string) => bus.emit('content:changed', { packId, version });
  const audit = safeAudit(options.audit, (error) => log.error('packs: audit failed', error));
  const installer = createPackInstaller({
    store,
    limits: settings.packLimits,
    trustedKey,
    downgradePossible: settings.allowPackDowngrade,
    appVersion: options.appVersion,
    clock: options.clock,
    log,
    onProgress: (payload) => bus.emit('packs:progress', payload),
    onActivated: changed,
    ...(options.checkpoint ? { checkpoint: options.checkpoint } : {}),
  });
  const report = createAttemptReporter({ kioskId: settings.kioskId, clock: options.clock, log });
  const status = () => store.status(installer.installing(), keyText !== null);
  const importRoots = async (fresh: boolean) => {
    if (media && fresh) await media.scanNow();
    return media ? media.importRoots() : [...settings.importRoots];
  };
  const candidate = (id: string) => {
    const found = media?.candidate(id);
    if (!found) throw new KioskFailure('not-found', 'that pack is no longer on the list: look for packs again', 'candidateId');
    return found;
  };
  /** What was staged from where: the report of the activation goes to the same stick. */
  let stagedFrom: { volume: string; name: string } | null = null;
  const volumePath = (volumeId: string) => media?.volume(volumeId)?.path ?? null;
  const discard = async (role: 'staff' | 'admin' | null, why: string) => {
    const staged = store.staged();
    await installer.discard();
    stagedFrom = null;
    if (staged || why === 'discarded on screen') audit({ role, action: 'packs:discard', detail: `${staged?.key ?? 'nothing staged'} (${why})`, outcome: 'ok' });
  };

  return {
    store,
    installer,
    close: () => installer.idle(),
    discardStaged: () => (installer.installing() ? Promise.resolve() : discard(null, 'admin mode left without activating')),
    handlers: {
      'packs:install': async (input, ctx) => {
        const role = ctx.session?.role ?? null;
        const confined = await confineSource(input.source, importRoots, settings.dataDir);
        if (!confined) {
          audit({ role, action: 'packs:install', detail: 'source outside removable media and import roots', outcome: 'refused' });
          throw new KioskFailure('forbidden', 'the pack source is not inside removable media or an import folder (importRoots)', 'source');
        }
        try {
          const outcome = await installer.install({ source: confined.real });
          report.write(confined.volume, path.relative(confined.volume, confined.real), 'installed', [`installed ${outcome.active.key}`]);
          audit({ role, action: 'packs:install', detail: outcome.active.key, outcome: 'ok' });
          return outcome;
        } catch (error) {
          report.failure(confined.volume, path.relative(confined.volume, confined.real), error);
          audit({ role, action: 'packs:install', detail: (error as Error).message, outcome: 'failed' });
          throw error;
        }
      },
      'packs:status': () => status(),
      'packs:preflight': async ({ candidateId }, ctx) => {
        const found = candidate(candidateId);
        const result = await runPreflight({
          candidateId,
          location: found.location,
          limits: settings.packLimits,
          trustedKey,
          appVersion: options.appVersion,
          active: store.activeManifest(),
          packsDir: store.packsDir,
          downgradePossible: settings.allowPackDowngrade,
        });
        const volume = volumePath(found.volumeId);
        if (!result.ok && volume) {
          const failedChecks = result.checks.filter((c) => !c.ok && c.code !== 'not-run');
          report.write(volume, found.name, 'refused', failedChecks.map((c) => `${c.name}: ${c.message}`));
        }
        audit({ role: ctx.session?.role ?? null, action: 'packs:preflight', detail: `${found.name}: ${result.ok ? 'passed' : 'refused'}`, outcome: result.ok ? 'ok' : 'refused' });
        return result;
      },
      'packs:stage': async ({ candidateId }, ctx) => {
        const found = candidate(candidateId);
        const volume = volumePath(found.volumeId);
        try {
          const staged = await installer.stage(found.location);
          stagedFrom = volume ? { volume, name: found.name } : null;
          audit({ role: ctx.session?.role ?? null, action: 'packs:stage', detail: `${found.name} as ${staged.key}`, outcome: 'ok' });
          const summary = status().staged;
          if (!summary) throw new Error('the staged pack cannot be read back');
          return { stagedKey: staged.key, summary };
        } catch (error) {
          if (volume) report.failure(volume, found.name, error);
          audit({ role: ctx.session?.role ?? null, action: 'packs:stage', detail: `${found.name}: ${(error as Error).message}`, outcome: 'failed' });
          throw error;
        }
      },
      'content:preview': () => {
        const staged = store.staged();
        if (!staged) throw new KioskFailure('not-found', 'no pack is staged: stage one first');
        return { manifest: staged.manifest, mediaBase: `${options.mediaBase ?? '/pack/'}${staged.key}/` };
      },
      'packs:activate': async ({ stagedKey, confirmDowngrade }, ctx) => {
        const role = ctx.session?.role ?? null;
        const from = stagedFrom;
        const staged = store.staged();
        const downgrade = staged !== null && isDowngrade(staged.manifest.version, store.activeVersion());
        try {
          await installer.activateStaged({ stagedKey, role, confirmDowngrade: confirmDowngrade === true });
        } catch (error) {
          const refused = error instanceof KioskFailure && error.code === 'forbidden';
          audit({ role, action: 'packs:activate', detail: `${stagedKey}: ${(error as Error).message}`, outcome: refused ? 'refused' : 'failed' });
          throw error;
        }
        const active = status().active;
        if (from) report.write(from.volume, from.name, 'installed', [`installed ${active?.key ?? stagedKey}`, `previous: ${status().previous?.key ?? 'none'}`]);
        stagedFrom = null;
        audit({ role, action: 'packs:activate', detail: `${active?.key ?? stagedKey}${downgrade ? ' (downgrade confirmed by an administrator)' : ''}`, outcome: 'ok' });
        return status();
      },
      'packs:discard': async (_input, ctx) => {
        await discard(ctx.session?.role ?? null, 'discarded on screen');
        return status();
      },
      'packs:rollback': (_input, ctx) => {
        const refuse = (code: 'conflict' | 'not-found', message: string): never => {
          audit({ role: ctx.session?.role ?? null, action: 'packs:rollback', detail: message, outcome: 'refused' });
          throw new KioskFailure(code, message);
        };
        if (installer.installing()) refuse('conflict', 'a pack install is running; roll back after it finishes');
        if (!status().previous) refuse('not-found', 'there is no previous pack to roll back to');
        store.rollback();
        const manifest = store.manifest();
        changed(manifest.id, manifest.version);
        log.info('packs: rolled back', { to: store.activeKey() });
        audit({ role: ctx.session?.role ?? null, action: 'packs:rollback', detail: `to ${store.activeKey()}`, outcome: 'ok' });
        return status();
      },
    },
  };
};
