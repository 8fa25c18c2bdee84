import { z } from 'zod';
import { defineCall } from './define';
import { KioskIdFilter } from './stats';
import { DateRange } from './visits';

/** Answer of `fleet:status`: the background sync to the central PostgreSQL (docs/fleet.md). */
export type FleetStatus = Readonly<{
  /** False when fleet.postgresUrl is not set: nothing else is filled then. */
  enabled: boolean;
  /** `user@host:port/database` — never a password. */
  target: string | null;
  state: 'off' | 'idle' | 'syncing' | 'backing-off';
  /** End of the last round that left nothing waiting (ISO UTC). */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  /** Closed visits not yet acknowledged by the server. */
  backlog: number | null;
  /** Last failure, credentials removed; null after a success. */
  lastError: string | null;
  /** Visits / events the server reported new since start (re-sent rows are not counted). */
  sentVisits: number;
  sentEvents: number;
}>;

/** The status when the kiosk has no fleet settings. */
export const FLEET_OFF: FleetStatus = {
  enabled: false,
  target: null,
  state: 'off',
  lastSuccessAt: null,
  lastAttemptAt: null,
  nextAttemptAt: null,
  backlog: null,
  lastError: null,
  sentVisits: 0,
  sentEvents: 0,
};

/** Fleet calls: the system screen shows the sync's state. */
export const fleetCalls = {
  'fleet:status': defineCall<FleetStatus>()('staff', z.object({}).strict(), 'State of the sync to the central fleet database: last success, backlog, last error.'),
} as const;

// --- fleet18: `kiosk fleet serve` (docs/fleet.md) ---

/** One kiosk on the fleet dashboard: its venue, last contact and the backlog it reported then. */
export type FleetKiosk = Readonly<{ kioskId: string; venue: string | null; lastSeenAt: string | null; backlog: number | null }>;

/** What `fleet:export` downloads: the merged visits of a range, filtered like the dashboard. */
export const FleetExportRequest = DateRange.extend({
  /** csv and jsonl: a zip of visits, events and kiosks files; xlsx: one workbook with those sheets. */
  format: z.enum(['csv', 'jsonl', 'xlsx']),
  /** The workbook's sheet names and headers (the admin's language); the text formats keep machine column names. */
  language: z.enum(['zh-CN', 'en']).optional(),
  kioskIds: z.array(KioskIdFilter).max(500).optional(),
  venue: z.string().min(1).max(100).optional(),
}).strict();

/** Calls only `kiosk fleet serve` answers (a kiosk answers them `unavailable`). */
export const fleetServeCalls = {
  'fleet:list': defineCall<{ kiosks: FleetKiosk[] }>()('admin', z.object({}).strict(), 'Every kiosk of the fleet with its venue, last contact and reported backlog.'),
  'fleet:export': defineCall<never>()(
    'admin',
    FleetExportRequest,
    'The merged visits, events and kiosks of a range as a CSV or JSON Lines zip, or an xlsx workbook, download: POST /api/download/fleet:export on the fleet server.',
  ),
} as const;

export const fleetEvents = {} as const;

