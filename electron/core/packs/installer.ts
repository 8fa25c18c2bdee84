import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { InstallOutcome } from '../../shared/contract/packs';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { compareVersions } from '../../shared/pack-version';
import { KioskFailure } from '../../shared/result';
import type { AppLog } from '../app-log';
import { packKey } from '../content-source';
import { STAGING_PREFIX } from './cleanup';
import { copyVerified } from './copy-verified';
import { dirsDeepestFirst, eachLimited, fsyncDir, fsyncFile } from './fs-sync';
import { openPackSource } from './open-source';
import type { PackLimits, PackSource } from './pack-source';
import type { PackStore, StagedPack } from './pack-store';
import { createProgressReporter, type ProgressSink } from './progress';
import { checkManifest, type CheckedManifest } from './verify-manifest';

export type InstallerOptions = Readonly<{
  store: PackStore;
  limits: PackLimits;
  /** The trusted key, parsed; `undefined` when settings.trustedPackKey is set but unusable. */
  trustedKey: KeyObject | null | undefined;
  /** settings.allowPackDowngrade: whether an admin may confirm a downgrade at all. */
  downgradePossible: boolean;
  appVersion: string;
  clock: () => Date;
  log: AppLog;
  onProgress: ProgressSink;
  /** Called once the new pack is active (emits content:changed). */
  onActivated: (packId: string, version: string) => void;
  /** Test hook: called between steps, so crash tests can stop the process anywhere. */
  checkpoint?: (step: string) => void;
}>;

/** `source` is already confined (pack-service.ts); the installer reads it as given. */
export type InstallRequest = Readonly<{ source: string }>;

/** Who activates a staged pack: a downgrade needs an admin who confirmed it on screen. */
export type ActivateRequest = Readonly<{ stagedKey: string; role: 'staff' | 'admin' | null; confirmDowngrade: boolean }>;

export type PackInstaller = Readonly<{
  /** Verify, copy and activate in one go (CLI); never a downgrade. */
  install(request: InstallRequest): Promise<InstallOutcome>;
  /** Verify and copy into `packs/` without activating; replaces an earlier staged pack. */
  stage(source: string): Promise<StagedPack>;
  /** Activates the staged pack. */
  activateStaged(request: ActivateRequest): Promise<void>;
  /** Deletes the staged pack. */
  discard(): Promise<void>;
  installing(): boolean;
  /** Resolves once no install is running (shutdown waits for it rather than leaving a staging folder). */
  idle(): Promise<void>;
}>;

/** Free space kept beyond the pack itself, so the visit log never hits a full disk. */
export const SPARE_BYTES = 256 * 1024 * 1024;

/** Refuses up front when the pack cannot fit, rather than failing half-way through the copy. */
export const ensureSpace = async (dir: string, bytes: number) => {
  const stats = await fs.promises.statfs(dir);
  const free = stats.bavail * stats.bsize;
  if (free < bytes + SPARE_BYTES) {
    const mb = (n: number) => `${Math.ceil(n / 1024 ** 2)} MB`;
    throw new KioskFailure(
      'unavailable',
      `not enough disk space for this pack: it needs ${mb(bytes + SPARE_BYTES)}, ${mb(free)} free`,
    );
  }
};

const dirNameFor = (id: string, version: string) => `${id}@${version}~${crypto.randomBytes(4).toString('hex')}`;

/** True when `version` would not move the kiosk forward (older, or the same again). */
export const isDowngrade = (version: string, active: string | null) =>
  active !== null && compareVersions(version, active) <= 0;

/**
 * Installs packs in phases, each a crash checkpoint: open the source (structure),
 * check the manifest (signature, schema, policy, file set), copy every file into a
 * staging folder inside `packs/` while hashing it, fsync, rename into place, and
 * only then switch the pointer (atomically). A refusal or a crash at any moment
 * leaves the active pack untouched. Staging for preview stops before the switch.
 */
export const createPackInstaller = (options: InstallerOptions): PackInstaller => {
  let running: Promise<unknown> | null = null;
  const step = options.checkpoint ?? (() => {});
  const { store } = options;

  const policyKey = () => {
    if (options.trustedKey === undefined) {
      throw new KioskFailure(
        'unavailable',
        'settings.trustedPackKey is not a valid Ed25519 public key: fix kiosk.config.json',
        'trustedPackKey',
      );
    }
    return options.trustedKey;
  };

  /** Phases 1–5: open, check, copy into staging, fsync, rename into `packs/`. Returns the folder name. */
  const copyIn = async (location: string, allowDowngrade: boolean) => {
    const trustedKey = policyKey();
    const progress = createProgressReporter(options.onProgress);
    progress.phase('checking', 0, 0);
    let source: PackSource;
    try {
      source = await openPackSource(location, options.limits);
    } catch (error) {
      progress.failed(error instanceof Error ? error.message : String(error));
      throw error;
    }
    const staging = path.join(store.packsDir, `${STAGING_PREFIX}${crypto.randomBytes(6).toString('hex')}`);
    try {
      const checked: CheckedManifest = await checkManifest(source, {
        trustedKey,
        appVersion: options.appVersion,
        activeVersion: store.activeVersion(),
        allowDowngrade,
      });
      const { manifest } = checked;
      const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
      await ensureSpace(store.packsDir, total);
      step('staging');
      await fs.promises.mkdir(staging);
      progress.phase('copying', 0, total);
      const written = await copyVerified(source, manifest.files, staging, {
        onProgress: (done, file) => progress.bytes(done, total, file),
      });
      await fs.promises.writeFile(path.join(staging, MANIFEST_FILE), checked.bytes, { mode: 0o644 });
      written.push(path.join(staging, MANIFEST_FILE));
      if (checked.signature) {
        await fs.promises.writeFile(path.join(staging, SIGNATURE_FILE), checked.signature, { mode: 0o644 });
        written.push(path.join(staging, SIGNATURE_FILE));
      }
      step('copied');
      progress.phase('syncing', total, total);
      await eachLimited(written, 8, fsyncFile);
      for (const dir of dirsDeepestFirst(staging, written)) fsyncDir(dir);
      step('synced');
      const dirName = dirNameFor(manifest.id, manifest.version);
      await fs.promises.rename(staging, path.join(store.packsDir, dirName));
      fsyncDir(store.packsDir);
      step('renamed');
      return { dirName, manifest, total, progress };
    } catch (error) {
      progress.failed(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      await source.close();
      await fs.promises.rm(staging, { recursive: true, force: true });
    }
  };

  /** Phase 6: the atomic pointer switch. */
  const switchTo = (dirName: string, key: string, from: string) => {
    const before = store.status(true, options.trustedKey !== null).active;
    store.activate(dirName, options.clock().toISOString());
    step('activated');
    const after = store.status(true, options.trustedKey !== null).active;
    if (!after) throw new Error('the installed pack cannot be read back');
    options.log.info('packs: activated', { key, from });
    return { before, after };
  };

  const install = async (request: InstallRequest): Promise<InstallOutcome> => {
    // Never a downgrade here: the CLI has no on-screen confirmation and no admin session check.
    const { dirName, manifest, total, progress } = await copyIn(request.source, false);
    progress.phase('activating', total, total);
    try {
      const { before, after } = switchTo(dirName, packKey(manifest), request.source);
      progress.phase('done', total, total);
      options.onActivated(manifest.id, manifest.version);
      return { active: after, previous: before, files: manifest.files.length, bytes: total };
    } catch (error) {
      progress.failed(error instanceof Error ? error.message : String(error));
      throw error;
    }
  };

  const stage = async (location: string): Promise<StagedPack> => {
    // Downgrades are staged (and previewed); whether one may be activated is decided at activation.
    const { dirName, manifest, total, progress } = await copyIn(location, true);
    const staged: StagedPack = {
      key: `${packKey(manifest)}~staged-${crypto.randomBytes(4).toString('hex')}`,
      dir: path.join(store.packsDir, dirName),
      manifest,
      stagedAt: options.clock().toISOString(),
    };
    store.stage(staged);
    progress.phase('done', total, total);
    options.log.info('packs: staged', { key: staged.key, from: location });
    return staged;
  };

  const activateStaged = async (request: ActivateRequest): Promise<void> => {
    const staged = store.staged();
    if (!staged || staged.key !== request.stagedKey)
      throw new KioskFailure('not-found', 'that pack is no longer staged: stage it again', 'stagedKey');
    const { manifest } = staged;
    if (isDowngrade(manifest.version, store.activeVersion())) {
      const from = store.activeVersion() ?? '?';
      if (!options.downgradePossible)
        throw new KioskFailure('forbidden', `${manifest.version} is not newer than the active ${from}, and this kiosk refuses downgrades (allowPackDowngrade is false)`);
      if (request.role !== 'admin')
        throw new KioskFailure('forbidden', `${manifest.version} is not newer than the active ${from}: a downgrade needs an administrator`);
      if (!request.confirmDowngrade)
        throw new KioskFailure('forbidden', `${manifest.version} is not newer than the active ${from}: confirm the downgrade on screen`, 'confirmDowngrade');
    }
    switchTo(path.basename(staged.dir), packKey(manifest), staged.key);
    options.onActivated(manifest.id, manifest.version);
  };

  /** One operation at a time: two installs racing would fight over the pointer. */
  const exclusive =
    <A extends unknown[], R>(task: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (running) throw new KioskFailure('conflict', 'another pack install is running; wait for it to finish');
      const job = task(...args);
      running = job;
      try {
        return await job;
      } finally {
        running = null;
      }
    };

  return {
    installing: () => running !== null,
    idle: async () => {
      await running?.catch(() => {});
    },
    install: exclusive(install),
    stage: exclusive(stage),
    activateStaged: exclusive(activateStaged),
    discard: exclusive(async () => store.stage(null)),
  };
};
