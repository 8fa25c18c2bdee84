import { z } from 'zod';
import { defineCall, defineEvent } from './define';

/** One pack as staff see it in the admin console. */
export type PackSummary = Readonly<{
  /** `<id>@<version>`: also the media URL segment of this pack. */
  key: string;
  id: string;
  version: string;
  /** Title in the pack's default language. */
  title: string;
  /** `bundled` = the default pack shipped with the app; `installed` = installed by staff. */
  origin: 'bundled' | 'installed';
  /** Whether the installed copy carries a manifest.sig. */
  signed: boolean;
  /** ISO-8601 UTC time of installation; null for the bundled pack. */
  installedAt: string | null;
}>;

/** Which pack is on screen, which one a rollback returns to, and whether an install is running. */
export type PacksStatus = Readonly<{
  active: PackSummary | null;
  previous: PackSummary | null;
  installing: boolean;
  /** True when the kiosk only accepts packs signed with its trusted key. */
  requiresSignature: boolean;
}>;

/** What an install did. */
export type InstallOutcome = Readonly<{
  active: PackSummary;
  previous: PackSummary | null;
  files: number;
  bytes: number;
}>;

/** Phases of an install, in order, as reported by `packs:progress`. */
export const InstallPhase = z.enum(['checking', 'copying', 'syncing', 'activating', 'done', 'failed']);
export type InstallPhase = z.infer<typeof InstallPhase>;

/** Content-pack installation, status and rollback (admin console and `kiosk-pack`). */
export const packsCalls = {
  'packs:install': defineCall<InstallOutcome>()(
    'staff',
    z
      .object({
        /** Absolute path of a pack folder or a .zip on this machine (a USB stick or a folder). */
        source: z.string().min(1).max(4096),
        /** Accept a pack older than (or the same version as) the active one. Staff must opt in. */
        allowDowngrade: z.boolean().optional(),
      })
      .strict(),
    'Verifies a pack (folder or zip) completely, then activates it atomically; the current pack becomes the rollback target.',
  ),
  'packs:status': defineCall<PacksStatus>()(
    'staff',
    z.object({}).strict(),
    'The active and previous packs and whether an install is running.',
  ),
  'packs:rollback': defineCall<PacksStatus>()(
    'staff',
    z.object({}).strict(),
    'Switches back to the previous pack (one step); the pack rolled back from becomes the previous one.',
  ),
} as const;

/** Events about content packs. */
export const packsEvents = {
  'packs:progress': defineEvent(
    z.object({
      phase: InstallPhase,
      /** Bytes verified and copied so far. */
      bytesDone: z.number().int().nonnegative(),
      /** Total bytes of the pack's files (0 until the manifest has been read). */
      bytesTotal: z.number().int().nonnegative(),
      /** The file being copied, when there is one. */
      file: z.string().optional(),
      /** On `failed`: why, naming the file or field. */
      message: z.string().optional(),
    }),
    'Progress of a running pack install, throttled to a few updates per second.',
  ),
} as const;
