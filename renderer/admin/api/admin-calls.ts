/**
 * The one seam between the admin UI and the core's admin calls.
 *
 * The auth and USB helpers add these calls to the contract in parallel; until
 * their branches are merged, the shapes below mirror the team spec. At merge
 * time the integrator replaces these types with the contract's (`CallInput` /
 * `CallOutput`) and nothing else in `renderer/admin/` has to change.
 */
import type { ActiveContent } from '../../../electron/shared/contract/content';
import type { PackSummary, PacksStatus } from '../../../electron/shared/contract/packs';
import type { ExportManifest } from '../../../electron/shared/contract/visits';
import type { KioskApi } from '../../../electron/shared/api';
import type { Result } from '../../../electron/shared/result';

export type { ActiveContent, PackSummary, PacksStatus, Result };

/** The two privileged roles. */
export type AdminRole = 'staff' | 'admin';

/** Answer of `admin:status`. */
export type AdminStatus = Readonly<{
  pinsSet: Readonly<{ staff: boolean; admin: boolean }>;
  /** ISO time the PIN lock ends, or null when not locked. */
  lockedUntil: string | null;
  attemptsLeft: number;
  session: Readonly<{ role: AdminRole; expiresAt: string }> | null;
}>;

/** A stick or configured folder the kiosk can read packs from or write exports to. */
export type Volume = Readonly<{
  id: string;
  label: string;
  path: string;
  kind: 'removable' | 'export-root' | 'import-root';
  freeBytes: number | null;
  writable: boolean;
}>;

/** A pack found on removable media or in an import root. */
export type PackCandidate = Readonly<{
  id: string;
  volumeId: string;
  volumeLabel: string;
  name: string;
  kind: 'zip' | 'folder';
  bytes: number;
  modifiedAt: string;
}>;

/** One check of a pre-flight. */
export type PreflightCheck = Readonly<{ name: string; ok: boolean; message: string }>;

/** What installing a candidate would change. */
export type PackChanges = Readonly<{
  fromVersion: string | null;
  toVersion: string | null;
  downgrade: boolean;
  chapters: readonly string[];
  languagesAdded: readonly string[];
  languagesRemoved: readonly string[];
  bytes: number;
}>;

/** Answer of `packs:preflight`: everything checked before a byte is installed. */
export type PreflightReport = Readonly<{
  candidateId: string;
  ok: boolean;
  pack: Readonly<{ id: string; version: string; title: string }> | null;
  checks: readonly PreflightCheck[];
  warnings: readonly string[];
  changes: PackChanges | null;
}>;

/** One audited action. */
export type AuditRow = Readonly<{
  id: number;
  at: string;
  role: AdminRole | null;
  action: string;
  detail: string;
  outcome: 'ok' | 'refused' | 'failed';
}>;

/** Export file formats. */
export type ExportFormat = 'csv' | 'jsonl' | 'xlsx';

/**
 * The formats the export screen offers. `xlsx` joins when the backend's
 * `export:visits` lists it (the integrator reads it off the contract's enum).
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

/** One written export file. */
export type ExportedFile = Readonly<{ name: string; rows: number; bytes: number; sha256: string }>;

/** Answer of `export:visits`. */
export type ExportResult = Readonly<{ manifest: ExportManifest; folder: string; files: readonly ExportedFile[] }>;

/** Every admin call: input and output, as in the team spec. */
export type AdminCalls = {
  'admin:status': { input: Record<string, never>; output: AdminStatus };
  'admin:sign-in': { input: { pin: string }; output: { token: string; role: AdminRole; expiresAt: string } };
  'admin:sign-out': { input: Record<string, never>; output: { signedOut: boolean } };
  'admin:touch': { input: Record<string, never>; output: { expiresAt: string } };
  'admin:change-pin': { input: { role: AdminRole; pin: string }; output: { changed: true } };
  'audit:list': { input: { limit?: number; before?: number }; output: { rows: readonly AuditRow[] } };
  'media:list': { input: Record<string, never>; output: { volumes: readonly Volume[] } };
  'packs:candidates': {
    input: Record<string, never>;
    output: { candidates: readonly PackCandidate[]; scannedAt: string };
  };
  'packs:preflight': { input: { candidateId: string }; output: PreflightReport };
  'packs:stage': { input: { candidateId: string }; output: { stagedKey: string; summary: PackSummary } };
  'content:preview': { input: Record<string, never>; output: ActiveContent };
  'packs:activate': { input: { stagedKey: string; confirmDowngrade?: boolean }; output: PacksStatus };
  'packs:discard': { input: Record<string, never>; output: PacksStatus };
  'packs:status': { input: Record<string, never>; output: PacksStatus };
  'packs:rollback': { input: Record<string, never>; output: PacksStatus };
  'export:visits': {
    input: { from: string; to: string; format: ExportFormat; language?: 'zh-CN' | 'en'; volumeId: string };
    output: ExportResult;
  };
  'export:cancel': { input: Record<string, never>; output: { cancelled: boolean } };
};
export type AdminCallName = keyof AdminCalls;
export type AdminInput<K extends AdminCallName> = AdminCalls[K]['input'];
export type AdminOutput<K extends AdminCallName> = AdminCalls[K]['output'];

/** Progress of a pack stage (`packs:progress`). */
export type PackProgress = Readonly<{
  phase: 'checking' | 'copying' | 'syncing' | 'activating' | 'done' | 'failed';
  bytesDone: number;
  bytesTotal: number;
  file?: string;
  message?: string;
}>;

/** Progress of an export (`export:progress`). */
export type ExportProgress = Readonly<{ phase: string; rowsDone: number; rowsTotal: number }>;

/** Admin events and their payloads. */
export type AdminEvents = { 'packs:progress': PackProgress; 'export:progress': ExportProgress };

/** The Electron bridge as the admin UI uses it: the spec's `options.session` third argument. */
type SessionBridge = Readonly<{
  call(name: string, input: unknown, options?: { session?: string }): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}>;

/** Electron's preload bridge, if this page has one (read off globalThis: this file typechecks in the Node project too). */
const bridge = (): SessionBridge | null => (globalThis as { kiosk?: SessionBridge }).kiosk ?? null;

/**
 * Calls an admin call with the session token (if any). Never rejects: a
 * transport failure comes back as `unavailable`, like the visitor client's.
 */
export const adminCall = async <K extends AdminCallName>(
  name: K,
  input: AdminInput<K>,
  session?: string | null,
): Promise<Result<AdminOutput<K>>> => {
  const electron = bridge();
  if (electron) {
    const options = session ? { session } : undefined;
    return (await electron.call(name, input, options)) as Result<AdminOutput<K>>;
  }
  try {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (session) headers['X-Kiosk-Session'] = session;
    const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    return (await response.json()) as Result<AdminOutput<K>>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'unavailable', message: `${name}: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
};

/**
 * Subscribes to an admin event through the visitor client's event stream
 * (one EventSource per page). Returns the unsubscribe function.
 */
export const adminOn = <K extends keyof AdminEvents>(
  api: Pick<KioskApi, 'on'>,
  event: K,
  listener: (payload: AdminEvents[K]) => void,
): (() => void) => (api as unknown as SessionBridge).on(event, listener as (payload: unknown) => void);

/** An admin call already bound to the open session's token (what screens get from the session hook). */
export type AdminCaller = <K extends AdminCallName>(name: K, input: AdminInput<K>) => Promise<Result<AdminOutput<K>>>;
