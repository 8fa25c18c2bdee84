/**
 * The one seam between the admin UI and the core's admin calls.
 *
 * Every type here is the API contract's (`CallInput` / `CallOutput`), so the
 * admin screens cannot drift from what the core answers.
 */
import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../../electron/shared/contract';
import type { ActiveContent } from '../../../electron/shared/contract/content';
import type { AdminStatus, AuditRow, Role } from '../../../electron/shared/contract/admin';
import type { Volume } from '../../../electron/shared/contract/media';
import type {
  PackCandidate,
  PackChanges,
  PackSummary,
  PacksStatus,
  PreflightCheck,
  PreflightReport,
} from '../../../electron/shared/contract/packs';
import type { ExportFile, ExportResult } from '../../../electron/shared/contract/visits';
import type { KioskApi } from '../../../electron/shared/api';
import type { Result } from '../../../electron/shared/result';

export type { ActiveContent, AdminStatus, AuditRow, ExportResult, PackCandidate, PackChanges, PackSummary, PacksStatus };
export type { PreflightCheck, PreflightReport, Result, Volume };

/** The two privileged roles. */
export type AdminRole = Role;

/** Export file formats, as the contract's `export:visits` accepts them. */
export type ExportFormat = CallInput<'export:visits'>['format'];

/** The formats the export screen offers, in the order shown. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl'];

/** One written export file. */
export type ExportedFile = ExportFile;

/** The calls admin mode makes: every one is in the contract, with its types from there. */
export type AdminCallName = Extract<
  CallName,
  | `fleet:${string}`
  | `admin:${string}`
  | 'audit:list'
  | 'media:list'
  | `packs:${string}`
  | 'content:preview'
  | `export:${string}`
  | `stats:${string}`
  | 'health:visit-log'
  | `system:${string}`
  | 'fleet:status'
  | 'report:pdf'
  | `settings:${string}`
  | 'content:active'
>;
export type AdminInput<K extends AdminCallName> = CallInput<K>;
export type AdminOutput<K extends AdminCallName> = CallOutput<K>;

/** Progress of a pack stage (`packs:progress`). */
export type PackProgress = EventPayload<'packs:progress'>;

/** Progress of an export (`export:progress`). */
export type ExportProgress = EventPayload<'export:progress'>;

/** Admin events and their payloads. */
export type AdminEvents = { [K in Extract<EventName, 'packs:progress' | 'export:progress'>]: EventPayload<K> };

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
