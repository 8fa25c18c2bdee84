import fs from 'node:fs';
import path from 'node:path';
import type { PackManifest } from '../../shared/content-pack';
import type { PackSummary, PacksStatus } from '../../shared/contract/packs';
import { SIGNATURE_FILE } from '../../shared/pack-entry-name';
import type { AppLog } from '../app-log';
import { confinedPath, packKey, readManifest, type ContentSource } from '../content-source';
import { cleanPacksDir } from './cleanup';
import { nextHistory, rollbackTarget, type Kept } from './pack-history';
import { EMPTY_POINTER, installedOf, readPointer, writePointer, type Pointer, type Slot } from './pointer';

/** A pack the store can serve: installed (in `<dataDir>/packs/<dir>`) or the bundled default. */
type Loaded = Readonly<{ slot: Slot | null; dir: string; manifest: PackManifest }>;

/** A verified pack copied into `packs/`, not active yet: previewed under its own key. */
export type StagedPack = Readonly<{ key: string; dir: string; manifest: PackManifest; stagedAt: string }>;

/** The content source over installed packs, plus what the installer needs to switch them. */
export type PackStore = ContentSource &
  Readonly<{
    packsDir: string;
    /** What start-up removed (staging folders, orphans of an interrupted install): reported as a health alert. */
    leftovers: readonly string[];
    /** Version of the active pack, or null when it cannot be read (then any version installs). */
    activeVersion(): string | null;
    /** The active pack's manifest, or null when it cannot be read. */
    activeManifest(): PackManifest | null;
    /** Switches to a freshly installed pack folder (already renamed into place and synced). */
    activate(dir: string, installedAt: string): void;
    /** One step back in the history of installed packs. */
    rollback(): void;
    /** Remembers a staged pack (its folder already in `packs/`), replacing (and deleting) an earlier one. */
    stage(staged: StagedPack | null): void;
    staged(): StagedPack | null;
    status(installing: boolean, requiresSignature: boolean): PacksStatus;
  }>;

export type PackStoreOptions = Readonly<{
  dataDir: string;
  defaultPackDir: string;
  log: AppLog;
  /** settings.keepPreviousPacks: installed packs kept besides the active one (default 2). */
  keepPrevious?: number;
}>;

/**
 * Opens `<dataDir>/packs/`: removes what an interrupted install left behind, reads
 * the pointer and serves the active pack, falling back to the bundled default pack
 * when nothing is installed or the installed one cannot be read. The previous pack's
 * media stay reachable, so a visit that started before a switch finishes on its pack.
 */
export const createPackStore = (options: PackStoreOptions): PackStore => {
  const packsDir = path.join(options.dataDir, 'packs');
  const keepPrevious = options.keepPrevious ?? 2;
  fs.mkdirSync(packsDir, { recursive: true });
  const read = readPointer(packsDir);
  if (read === 'corrupt') options.log.error('packs: active.json unreadable; showing the bundled pack', { packsDir });
  let pointer: Pointer = read === 'corrupt' ? EMPTY_POINTER : read;
  const leftovers = cleanPacksDir(packsDir, read === 'corrupt' ? null : pointer, options.log);

  let bundled: Loaded | null = null;
  const loadBundled = (): Loaded =>
    (bundled ??= { slot: null, dir: options.defaultPackDir, manifest: readManifest(options.defaultPackDir) });
  const load = (slot: Slot | null): Loaded => {
    if (!slot) return loadBundled();
    const dir = path.join(packsDir, slot.dir);
    return { slot, dir, manifest: readManifest(dir) };
  };
  const tryLoad = (slot: Slot | null): Loaded | null => {
    try {
      return load(slot);
    } catch (error) {
      options.log.error(`packs: cannot read ${slot ? slot.dir : 'the bundled pack'}`, error);
      return null;
    }
  };
  const loadPrevious = (): Loaded | null => {
    const target = rollbackTarget(installedOf(pointer), pointer.active);
    return target === 'none' ? null : tryLoad(target);
  };

  let active: Loaded | null = tryLoad(pointer.active);
  let previous: Loaded | null = loadPrevious();
  if (!active && pointer.active) active = previous ?? tryLoad(null);
  let staged: StagedPack | null = null;
  /** The pack switched away from last: serves media until the next switch, so a running visit ends on its pack. */
  let leaving: Loaded | null = null;

  const current = (): Loaded => (active ??= load(null));
  const tryCurrent = (): Loaded | null => {
    try {
      return current();
    } catch {
      return null;
    }
  };
  const summaryOf = (manifest: PackManifest, dir: string, origin: PackSummary['origin'], installedAt: string | null, key = packKey(manifest)): PackSummary => ({
    key,
    id: manifest.id,
    version: manifest.version,
    title: manifest.title[manifest.defaultLanguage] ?? manifest.id,
    titles: manifest.title,
    origin,
    signed: fs.existsSync(path.join(dir, SIGNATURE_FILE)),
    installedAt,
  });
  const summary = (p: Loaded | null): PackSummary | null =>
    p && summaryOf(p.manifest, p.dir, p.slot ? 'installed' : 'bundled', p.slot?.installedAt ?? null);
  const commit = (next: Pointer) => {
    writePointer(packsDir, next);
    pointer = next;
  };
  const versionOf = (slot: Slot): string | null => {
    if (slot.dir === active?.slot?.dir) return active.manifest.version;
    try {
      return readManifest(path.join(packsDir, slot.dir)).version;
    } catch {
      return null;
    }
  };
  const dropStaged = () => {
    if (staged) fs.rmSync(staged.dir, { recursive: true, force: true });
    staged = null;
  };

  return {
    packsDir,
    leftovers,
    manifest: () => current().manifest,
    activeKey: () => packKey(current().manifest),
    resolveMedia: (key, relativePath) => {
      if (staged && key === staged.key) return confinedPath(staged.dir, relativePath);
      for (const pack of [tryCurrent(), previous, leaving]) {
        if (pack && packKey(pack.manifest) === key) return confinedPath(pack.dir, relativePath);
      }
      return null;
    },
    activeVersion: () => tryCurrent()?.manifest.version ?? null,
    activeManifest: () => tryCurrent()?.manifest ?? null,
    activate: (dir, installedAt) => {
      const slot = { dir, installedAt };
      const loaded = load(slot);
      const old = tryCurrent();
      const kept: Kept[] = installedOf(pointer).map((s) => ({ slot: s, version: versionOf(s) }));
      const history = nextHistory(kept, old?.slot ?? null, { slot, version: loaded.manifest.version }, keepPrevious);
      commit({ schema: 1, active: slot, previous: old?.slot ?? null, installed: history.installed });
      previous = old;
      leaving = null;
      active = loaded;
      if (staged?.dir === loaded.dir) staged = null;
      // Packs beyond keepPreviousPacks are no longer reachable: delete them now (startup cleanup retries).
      for (const gone of history.evicted) {
        fs.rmSync(path.join(packsDir, gone.dir), { recursive: true, force: true });
        options.log.info('packs: evicted an old pack', { dir: gone.dir });
      }
    },
    rollback: () => {
      const target = rollbackTarget(installedOf(pointer), pointer.active);
      const to = target === 'none' ? null : tryLoad(target);
      if (!to) throw new Error('there is no previous pack to roll back to');
      const back = rollbackTarget(installedOf(pointer), to.slot);
      commit({ schema: 1, active: to.slot, previous: back === 'none' ? null : back, installed: installedOf(pointer) });
      leaving = active;
      active = to;
      previous = loadPrevious();
    },
    stage: (next) => {
      if (staged && staged.dir !== next?.dir) dropStaged();
      staged = next;
    },
    staged: () => staged,
    status: (installing, requiresSignature) => ({
      active: summary(tryCurrent()),
      previous: summary(previous),
      installing,
      requiresSignature,
      staged: staged && summaryOf(staged.manifest, staged.dir, 'installed', null, staged.key),
    }),
  };
};
