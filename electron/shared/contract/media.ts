import { z } from 'zod';
import { defineCall } from './define';

/**
 * A place staff can read packs from or write exports to: a detected removable
 * volume (USB stick) or a folder named in the config (`exportRoots`, `importRoots`).
 */
export type Volume = Readonly<{
  /** Opaque id, stable while the volume stays mounted at the same place. */
  id: string;
  /** What staff read on screen: the stick's folder name (its label on most systems). */
  label: string;
  /** Absolute path, resolved (no symlinks). */
  path: string;
  kind: 'removable' | 'export-root' | 'import-root';
  /** Free space for the kiosk's user; null when it cannot be read. */
  freeBytes: number | null;
  writable: boolean;
}>;

/** Calls about removable media. */
export const mediaCalls = {
  'media:list': defineCall<Readonly<{ volumes: readonly Volume[] }>>()(
    'staff',
    z.object({}).strict(),
    'Removable volumes and configured export / import folders, as the last background scan found them.',
  ),
} as const;
