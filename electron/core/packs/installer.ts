import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { InstallOutcome } from '../../shared/contract/packs';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { KioskFailure } from '../../shared/result';
import type { AppLog } from '../app-log';
import { packKey } from '../content-source';
import { STAGING_PREFIX } from './cleanup';
import { copyVerified } from './copy-verified';
import { dirsDeepestFirst, eachLimited, fsyncDir, fsyncFile } from './fs-sync';
import { openPackSource } from './open-source';
import type { PackLimits } from './pack-source';
import type { PackStore } from './pack-store';
import { createProgressReporter, type ProgressSink } from './progress';
import { checkManifest } from './verify-manifest';

export type InstallerOptions = Readonly<{
  store: PackStore;
  limits: PackLimits;
  /** The trusted key, parsed; `undefined` when settings.trustedPackKey is set but unusable. */
  trustedKey: KeyObject | null | undefined;
  /** settings.allowPackDowngrade: lets every install downgrade without asking. */
  allowDowngradeByDefault: boolean;
  appVersion: string;
  clock: () => Date;
  log: AppLog;
  onProgress: ProgressSink;
  /** Called once the new pack is active (emits content:changed). */
  onActivated: (packId: string, version: string) => void;
  /** Test hook: called between steps, so crash tests can stop the process anywhere. */
  checkpoint?: (step: string) => void;
}>;

export type InstallRequest = Readonly<{ source: string; allowDowngrade?: boolean }>;

export type PackInstaller = Readonly<{
  install(request: InstallRequest): Promise<InstallOutcome>;
  installing(): boolean;
  /** Resolves once no install is running (shutdown waits for it rather than leaving a staging folder). */
  idle(): Promise<void>;
}>;

/** Free space kept beyond the pack itself, so the visit log never hits a full disk. */
const SPARE_BYTES = 256 * 1024 * 1024;

/** Refuses up front when the pack cannot fit, rather than failing half-way through the copy. */
const ensureSpace = async (dir: string, bytes: number) => {
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

/**
 * Installs packs: everything is verified while it is copied into a staging folder
 * inside `packs/`; only a fully verified, fsynced copy is renamed into place, and only
 * then does the pointer switch (atomically). A refusal or a crash at any moment
 * leaves the active pack untouched.
 */
export const createPackInstaller = (options: InstallerOptions): PackInstaller => {
  let running: Promise<unknown> | null = null;
  const step = options.checkpoint ?? (() => {});

  const run = async (request: InstallRequest): Promise<InstallOutcome> => {
    const { store } = options;
    if (options.trustedKey === undefined) {
      throw new KioskFailure(
        'unavailable',
        'settings.trustedPackKey is not a valid Ed25519 public key: fix kiosk.config.json',
        'trustedPackKey',
      );
    }
    const progress = createProgressReporter(options.onProgress);
    progress.phase('checking', 0, 0);
    const source = await openPackSource(request.source, options.limits).catch((error: unknown) => {
      progress.failed(error instanceof Error ? error.message : String(error));
      throw error;
    });
    const staging = path.join(store.packsDir, `${STAGING_PREFIX}${crypto.randomBytes(6).toString('hex')}`);
    try {
      const checked = await checkManifest(source, {
        trustedKey: options.trustedKey,
        appVersion: options.appVersion,
        activeVersion: store.activeVersion(),
        allowDowngrade: request.allowDowngrade === true || options.allowDowngradeByDefault,
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
      progress.phase('activating', total, total);
      const dirName = dirNameFor(manifest.id, manifest.version);
      await fs.promises.rename(staging, path.join(store.packsDir, dirName));
      fsyncDir(store.packsDir);
      step('renamed');
      const before = store.status(true, options.trustedKey !== null).active;
      store.activate(dirName, options.clock().toISOString());
      step('activated');
      const after = store.status(true, options.trustedKey !== null);
      progress.phase('done', total, total);
      options.log.info('packs: installed', {
        key: packKey(manifest),
        from: request.source,
        files: manifest.files.length,
        bytes: total,
      });
      options.onActivated(manifest.id, manifest.version);
      if (!after.active) throw new Error('the installed pack cannot be read back');
      return { active: after.active, previous: before, files: manifest.files.length, bytes: total };
    } catch (error) {
      progress.failed(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      await source.close();
      await fs.promises.rm(staging, { recursive: true, force: true });
    }
  };

  return {
    installing: () => running !== null,
    idle: async () => {
      await running?.catch(() => {});
    },
    install: async (request) => {
      if (running) throw new KioskFailure('conflict', 'another pack install is running; wait for it to finish');
      const task = run(request);
      running = task;
      try {
        return await task;
      } finally {
        running = null;
      }
    },
  };
};
