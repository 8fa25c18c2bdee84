import fs from 'node:fs';
import path from 'node:path';
import type { PackManifest } from '../../shared/content-pack';
import type { PackSummary, PacksStatus } from '../../shared/contract/packs';
import { SIGNATURE_FILE } from '../../shared/pack-entry-name';
import type { AppLog } from '../app-log';
import { confinedPath, packKey, readManifest, type ContentSource } from '../content-source';
import { cleanPacksDir } from './cleanup';
import { EMPTY_POINTER, readPointer, writePointer, type Pointer, type Slot } from './pointer';

/** A pack the store can serve: installed (in `<dataDir>/packs/<dir>`) or the bundled default. */
type Loaded = Readonly<{ slot: Slot | null; dir: string; manifest: PackManifest }>;

/** The content source over installed packs, plus what the installer needs to switch them. */
export type PackStore = ContentSource &
  Readonly<{
    packsDir: string;
    /** Version of the active pack, or null when it cannot be read (then any version installs). */
    activeVersion(): string | null;
    /** Switches to a freshly installed pack folder (already renamed into place and synced). */
    activate(dir: string, installedAt: string): void;
    /** Swaps active and previous. */
    rollback(): void;
    status(installing: boolean, requiresSignature: boolean): PacksStatus;
  }>;

export type PackStoreOptions = Readonly<{ dataDir: string; defaultPackDir: string; log: AppLog }>;

/**
 * Opens `<dataDir>/packs/`: removes what an interrupted install left behind, reads
 * the pointer and serves the active pack, falling back to the bundled default pack
 * when nothing is installed or the installed one cannot be read. The previous pack's
 * media stay reachable, so a visit that started before a switch finishes on its pack.
 */
export const createPackStore = (options: PackStoreOptions): PackStore => {
  const packsDir = path.join(options.dataDir, 'packs');
  fs.mkdirSync(packsDir, { recursive: true });
  const read = readPointer(packsDir);
  if (read === 'corrupt') options.log.error('packs: active.json unreadable; showing the bundled pack', { packsDir });
  let pointer: Pointer = read === 'corrupt' ? EMPTY_POINTER : read;
  cleanPacksDir(packsDir, read === 'corrupt' ? null : pointer, options.log);

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

  let active: Loaded | null = tryLoad(pointer.active);
  let previous: Loaded | null = pointer.previous ? tryLoad(pointer.previous) : null;
  if (!active && pointer.active) active = previous ?? tryLoad(null);

  const current = (): Loaded => (active ??= load(null));
  const tryCurrent = (): Loaded | null => {
    try {
      return current();
    } catch {
      return null;
    }
  };
  const summary = (p: Loaded | null): PackSummary | null =>
    p && {
      key: packKey(p.manifest),
      id: p.manifest.id,
      version: p.manifest.version,
      title: p.manifest.title[p.manifest.defaultLanguage] ?? p.manifest.id,
      origin: p.slot ? 'installed' : 'bundled',
      signed: fs.existsSync(path.join(p.dir, SIGNATURE_FILE)),
      installedAt: p.slot?.installedAt ?? null,
    };
  const commit = (next: Pointer) => {
    writePointer(packsDir, next);
    pointer = next;
  };

  return {
    packsDir,
    manifest: () => current().manifest,
    activeKey: () => packKey(current().manifest),
    resolveMedia: (key, relativePath) => {
      for (const pack of [tryCurrent(), previous]) {
        if (pack && packKey(pack.manifest) === key) return confinedPath(pack.dir, relativePath);
      }
      return null;
    },
    activeVersion: () => tryCurrent()?.manifest.version ?? null,
    activate: (dir, installedAt) => {
      const slot = { dir, installedAt };
      const loaded = load(slot);
      const old = tryCurrent();
      const dropped = pointer.previous;
      commit({ schema: 1, active: slot, previous: old?.slot ?? null });
      previous = old;
      active = loaded;
      // The pack two steps back is no longer reachable: delete it now (startup cleanup retries).
      if (dropped && dropped.dir !== dir && dropped.dir !== old?.slot?.dir) {
        fs.rmSync(path.join(packsDir, dropped.dir), { recursive: true, force: true });
      }
    },
    rollback: () => {
      const target = previous ?? (pointer.active ? tryLoad(null) : null);
      if (!target) throw new Error('there is no previous pack to roll back to');
      const from = current();
      commit({ schema: 1, active: target.slot, previous: from.slot });
      previous = from;
      active = target;
    },
    status: (installing, requiresSignature) => ({
      active: summary(tryCurrent()),
      previous: summary(previous),
      installing,
      requiresSignature,
    }),
  };
};
