import { z } from 'zod';
import type { ChapterId, LanguageCode } from '../content-pack';
import { VisitEnd, VisitEndReason, VisitEvent, VisitStart } from '../visit-events';
import { defineCall, defineEvent } from './define';

/** Answer of the fire-and-forget logging calls: accepted into the logger's buffer. */
export type Accepted = Readonly<{ accepted: true }>;

/** A calendar date `YYYY-MM-DD`, read in the kiosk's local time zone. */
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** An inclusive range of local calendar dates. */
export const DateRange = z.object({ from: LocalDate, to: LocalDate }).strict();

/** Statistics of one chapter, over the visits started in the range. */
export type ChapterStats = Readonly<{
  chapter: ChapterId;
  /** Visits that opened the chapter at least once. */
  entered: number;
  /** Visits that started its narration at least once. */
  narrationStarted: number;
  /** Visits that heard its narration to the end at least once. */
  narrationCompleted: number;
  /** narrationCompleted / narrationStarted, null when nobody started it. */
  narrationCompletionRate: number | null;
  /** Number of chapter-closed events (dwell samples). */
  dwellSamples: number;
  /** Mean and median time in the chapter, ms; null without samples. */
  avgDwellMs: number | null;
  medianDwellMs: number | null;
}>;

/** Answer of `stats:summary`. Days and hours are kiosk local time (`utcOffsetMinutes`). */
export type StatsSummary = Readonly<{
  from: string;
  to: string;
  utcOffsetMinutes: number;
  visits: number;
  /** Every date of the range, zeros included. */
  visitsPerDay: ReadonlyArray<Readonly<{ date: string; visits: number }>>;
  /** Hour of day 0–23 over the whole range, zeros included. */
  visitsPerHour: ReadonlyArray<Readonly<{ hour: number; visits: number }>>;
  /** Chapters in tour order: hard-core, vitality, momentum, quality, radiation. */
  chapters: readonly ChapterStats[];
  /** Over all chapters: completed (visit, chapter) pairs / started pairs. */
  narrationCompletionRate: number | null;
  /** Visits by the language they started in. */
  languages: Readonly<Partial<Record<LanguageCode, number>>>;
  /** Visits by end reason; `open` = not ended yet. */
  endReasons: Readonly<Record<VisitEndReason | 'open', number>>;
  /** How long the queries took, ms. */
  tookMs: number;
}>;

/** One exported file in a manifest. */
export type ExportFile = Readonly<{
  name: string;
  /** Data rows (headers not counted); for a workbook, those of all its sheets. */
  rows: number;
  bytes: number;
  sha256: string;
  /** A workbook's sheets in file order, each with its data rows. */
  sheets?: ReadonlyArray<Readonly<{ name: string; rows: number }>>;
}>;

/**
 * `manifest.json` of an export. Deterministic: it carries no export time, so
 * exporting the same range twice gives the same bytes in every file.
 */
export type ExportManifest = Readonly<{
  kind: 'changjiahui-visit-log-export';
  schemaVersion: number;
  kioskId: string;
  from: string;
  to: string;
  utcOffsetMinutes: number;
  format: 'csv' | 'jsonl' | 'xlsx';
  files: readonly ExportFile[];
}>;

/**
 * What an export covers and where it goes: `volumeId` from `media:list` (a
 * detected stick or an `exportRoots` folder). The kiosk picks the folder name
 * inside it; a caller never names a path.
 */
export const ExportRequest = DateRange.extend({
  format: z.enum(['csv', 'jsonl', 'xlsx']),
  volumeId: z.string().regex(/^v-[0-9a-f]{16}$/, 'expected a volume id from media:list'),
  /** Language of the chapter titles in the CSV (headers, cells, daily summary) and of the workbook's words; default zh-CN. */
  language: z.enum(['zh-CN', 'en']).optional(),
}).strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

/** Answer of `export:visits`: the manifest, the new folder on the volume, and each file with its SHA-256. */
export type ExportResult = Readonly<{ manifest: ExportManifest; folder: string; files: readonly ExportFile[] }>;

/** Phases of an export, as `export:progress` reports them. */
export const ExportPhase = z.enum(['preparing', 'writing', 'done', 'failed', 'cancelled']);

/** A recorded health alert. */
export type HealthAlert = Readonly<{ kind: string; message: string; at: string }>;

/** Answer of `health:visit-log`: how the visit log is doing right now. */
export type VisitLogHealth = Readonly<{
  /** False while writes are failing (events wait in memory). */
  writing: boolean;
  /** Events waiting in memory for the next flush. */
  buffered: number;
  /** Events dropped since start because the buffer was full. */
  dropped: number;
  /** Items refused at write time (unknown visit, bad row). */
  refused: number;
  stored: number;
  lastFlushAt: string | null;
  lastError: string | null;
  databaseFile: string;
  /** Newest first. */
  alerts: readonly HealthAlert[];
}>;

/** The answer of `visit:flush`: whether the visit's end is on disk (committed, fsynced). */
export type Durable = Readonly<{ durable: boolean }>;

/**
 * Visit logging. The renderer sends these with `send` (fire-and-forget);
 * the core buffers and writes them in batches.
 */
export const visitsCalls = {
  'visit:start': defineCall<Accepted>()('visitor', VisitStart, 'A visitor tapped the attract screen: a visit begins.'),
  'visit:event': defineCall<Accepted>()('visitor', VisitEvent, 'Something the visitor did during a visit.'),
  'visit:end': defineCall<Accepted>()('visitor', VisitEnd, 'The visit ended (idle timeout or finish).'),
  'visit:flush': defineCall<Durable>()(
    'visitor',
    z.object({ visitId: z.uuid() }).strict(),
    'Answers once the end of this visit is committed to disk (durable: true), or after a few seconds without that (durable: false).',
  ),
  'stats:summary': defineCall<StatsSummary>()(
    'admin',
    DateRange,
    'Visit statistics for the visits started between two local dates (inclusive) — admin console.',
  ),
  'export:visits': defineCall<ExportResult>()(
    'admin',
    ExportRequest,
    'Exports visits and events of a local date range (inclusive) as CSV or JSON Lines into a new folder on a detected volume; progress on export:progress.',
  ),
  'export:cancel': defineCall<Readonly<{ cancelled: boolean }>>()(
    'admin',
    z.object({}).strict(),
    'Stops the running export; its files are removed. False when none was running.',
  ),
  'health:visit-log': defineCall<VisitLogHealth>()(
    'staff',
    z.object({}).strict(),
    'State of the visit log: buffer, drops, last error, alerts.',
  ),
} as const;

export const visitsEvents = {
  'export:progress': defineEvent(
    z.object({
      phase: ExportPhase,
      rowsDone: z.number().int().nonnegative(),
      /** An estimate while writing (rows so far over the share of the date range done); exact at `done`. */
      rowsTotal: z.number().int().nonnegative(),
      /** On `failed`: why (stick full, pulled out, …). */
      message: z.string().optional(),
    }),
    'Progress of a running export, a few updates per second at most.',
  ),
} as const;
