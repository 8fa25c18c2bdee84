import { z } from 'zod';
import type { LanguageCode } from '../content-pack';
import type { ActiveContent } from './content';
import { defineCall, defineEvent } from './define';

/** One pack as staff see it in the admin console. */
export type PackSummary = Readonly<{
  /** `<id>@<version>`: also the media URL segment of this pack. */
  key: string;
  id: string;
  version: string;
  /** Title in the pack's default language. */
  title: string;
  /** The title in each of the pack's languages: admin screens show the admin's language when the pack has it. */
  titles: Readonly<Partial<Record<LanguageCode, string>>>;
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
  /** The pack staged for preview, if any. */
  staged: PackSummary | null;
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

/** A pack found on removable media or in an import root, as `packs:candidates` lists it. */
export type PackCandidate = Readonly<{
  /** Opaque id for `packs:preflight` / `packs:stage`; the path stays in the core. */
  id: string;
  volumeId: string;
  volumeLabel: string;
  /** Name on the volume (`pack.zip`, `kiosk-packs/pack-2026`). */
  name: string;
  kind: 'zip' | 'folder';
  /** Zip size, or the file sizes a folder's manifest declares. */
  bytes: number;
  modifiedAt: string;
}>;

/** The checks of a pre-flight report, in the installer's order. */
export type PreflightCheckName = 'structure' | 'signature' | 'manifest' | 'kiosk version' | 'file list' | 'hashes' | 'disk space' | 'version';

/**
 * The parameters of each pre-flight text. The admin screen words a text in its
 * own language from its code; `failed.detail` is the installer's own account
 * (file names, fields), shown as it is.
 */
export type PreflightParams = {
  passed: Record<string, never>;
  'not-run': Record<string, never>;
  failed: { detail: string };
  'bad-trusted-key': Record<string, never>;
  'structure-ok': { files: number };
  'signed-trusted': Record<string, never>;
  'signed-optional': Record<string, never>;
  'unsigned-allowed': Record<string, never>;
  'manifest-ok': { id: string; version: string };
  'kiosk-version-ok': { needs: string; kiosk: string };
  'file-list-ok': { files: number };
  'hashes-ok': Record<string, never>;
  'space-ok': { megabytes: number };
  'version-change': { from: string | null; to: string };
  'version-downgrade': { from: string | null };
  'downgrade-refused': { from: string | null; to: string };
  'warn-unsigned': Record<string, never>;
  'warn-downgrade': { from: string | null; to: string };
  'warn-languages-removed': { languages: readonly string[] };
};
export type PreflightCode = keyof PreflightParams;

/** A pre-flight text: its code and parameters, and `message`, its English wording (CLI, logs). */
export type PreflightText = { [C in PreflightCode]: Readonly<{ code: C; params: Readonly<PreflightParams[C]>; message: string }> }[PreflightCode];

/** One check of a pre-flight report. */
export type PreflightCheck = Readonly<{ name: PreflightCheckName; ok: boolean }> & PreflightText;

/** What activating a pack would change. */
export type PackChanges = Readonly<{
  fromVersion: string | null;
  toVersion: string | null;
  /** Not newer than the active pack: activating needs an admin session and confirmation. */
  downgrade: boolean;
  /** Chapters of the new pack, in tour order, with their titles in the pack's languages. */
  chapters: ReadonlyArray<Readonly<{ id: string; title: Readonly<Partial<Record<LanguageCode, string>>> }>>;
  languagesAdded: readonly string[];
  languagesRemoved: readonly string[];
  /** Bytes the pack's files take once installed. */
  bytes: number;
}>;

/** Every check the installer runs, run on a candidate without touching the active pack. */
export type PreflightReport = Readonly<{
  candidateId: string;
  /** True when every check passed: the pack can be staged. */
  ok: boolean;
  /** `title` in the pack's default language, `titles` in each of its languages (as PackSummary). */
  pack: Readonly<{ id: string; version: string; title: string; titles: PackSummary['titles'] }> | null;
  checks: readonly PreflightCheck[];
  warnings: readonly PreflightText[];
  changes: PackChanges | null;
}>;

/** A pack verified and copied into staging, ready to preview and activate. */
export type StageOutcome = Readonly<{ stagedKey: string; summary: PackSummary }>;

const CandidateInput = z.object({ candidateId: z.string().regex(/^c-[0-9a-f]{20}$/) }).strict();

/** Phases of an install, in order, as reported by `packs:progress`. */
export const InstallPhase = z.enum(['checking', 'copying', 'syncing', 'activating', 'done', 'failed']);
export type InstallPhase = z.infer<typeof InstallPhase>;

/** Content-pack installation, status and rollback (admin console and `kiosk-pack`). */
export const packsCalls = {
  'packs:install': defineCall<InstallOutcome>()(
    'staff',
    z
      .object({
        /** Absolute path of a pack folder or a .zip on removable media or inside an `importRoots` folder. */
        source: z.string().min(1).max(4096),
      })
      .strict(),
    'Verifies a pack (folder or zip) from removable media or an import root completely, then activates it atomically; never a downgrade (the on-screen flow does those). For the CLI.',
  ),
  'packs:candidates': defineCall<Readonly<{ candidates: readonly PackCandidate[]; scannedAt: string }>>()(
    'staff',
    z.object({}).strict(),
    'Packs found on removable media and import roots by the last background scan.',
  ),
  'packs:preflight': defineCall<PreflightReport>()(
    'staff',
    CandidateInput,
    'Runs every install check on a candidate and says what would change; touches nothing.',
  ),
  'packs:stage': defineCall<StageOutcome>()(
    'staff',
    CandidateInput,
    'Verifies a candidate and copies it into staging (progress on packs:progress); replaces an earlier staged pack.',
  ),
  'content:preview': defineCall<ActiveContent>()(
    'staff',
    z.object({}).strict(),
    'The staged pack as the tour reads it, its media served from the staged copy; no visits are logged in preview.',
  ),
  'packs:activate': defineCall<PacksStatus>()(
    'staff',
    z
      .object({
        stagedKey: z.string().min(1).max(200),
        /** Set by the on-screen confirmation of a downgrade; honoured only for an admin session. */
        confirmDowngrade: z.boolean().optional(),
      })
      .strict(),
    'Switches atomically to the staged pack; a downgrade needs an admin session and confirmDowngrade.',
  ),
  'packs:discard': defineCall<PacksStatus>()(
    'staff',
    z.object({}).strict(),
    'Deletes the staged pack; the active one is untouched.',
  ),
  'packs:status': defineCall<PacksStatus>()(
    'staff',
    z.object({}).strict(),
    'The active and previous packs and whether an install is running.',
  ),
  'packs:rollback': defineCall<PacksStatus>()(
    'staff',
    z.object({}).strict(),
    'Switches back one step in the history of installed packs (keepPreviousPacks deep); repeat to go further back.',
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
