import { z } from 'zod';
import type { ChapterId, LanguageCode } from '../content-pack';
import type { VisitEndReason } from '../visit-events';
import { defineCall } from './define';
import { DateRange } from './visits';

/** Narration of one chapter in one language: visits that started / heard it to the end at least once. */
export type NarrationByLanguage = Readonly<{
  language: LanguageCode;
  started: number;
  completed: number;
  /** completed / started, null when nobody started it. */
  completionRate: number | null;
}>;

/** One chapter on the dashboard. */
export type DashboardChapter = Readonly<{
  chapter: ChapterId;
  /** Visits that opened it at least once (its funnel step). */
  entered: number;
  /** Number of chapter-closed events (engaged dwell samples). */
  dwellSamples: number;
  /** Engaged dwell (idle tail removed), ms: median (mean of the two middle values) and p75 (nearest rank). */
  medianEngagedMs: number | null;
  p75EngagedMs: number | null;
  /** One entry per language the narration played in, sorted by language. */
  narration: readonly NarrationByLanguage[];
}>;

/** The chapter funnel: how far the visits of a period got. */
export type DashboardFunnel = Readonly<{
  /** Visits started (first tap on the attract screen). */
  started: number;
  /** Visits that reached the hub (the tour opens on it, so = started today; kept as its own step). */
  hub: number;
  /** Visits that opened at least one chapter ("got past the hub"). */
  pastHub: number;
  /** Visits that opened the chapter, in tour order. */
  chapters: ReadonlyArray<Readonly<{ chapter: ChapterId; entered: number }>>;
  /** Visits that opened all five chapters. */
  allFive: number;
}>;

/** Every figure of one period (docs/visit-log.md defines each). */
export type DashboardPeriod = Readonly<{
  from: string;
  to: string;
  days: number;
  visits: number;
  /** Every date of the period, zeros included. */
  visitsPerDay: ReadonlyArray<Readonly<{ date: string; visits: number }>>;
  /** heatmap[weekday][hour]: weekday 0 = Monday … 6 = Sunday, hour 0–23, local time. */
  heatmap: ReadonlyArray<readonly number[]>;
  funnel: DashboardFunnel;
  /** Ended visits that never opened a chapter (left at the hub). */
  hubOnly: number;
  /** Engaged visit duration: start → last interaction, over ended visits. */
  engaged: Readonly<{ visits: number; totalMs: number; medianMs: number | null; p75Ms: number | null; idleTailMs: number }>;
  chapters: readonly DashboardChapter[];
  /** Visits by the language they started in. */
  languages: Readonly<Partial<Record<LanguageCode, number>>>;
  /** Visits by end reason; `open` = not ended yet. */
  endReasons: Readonly<Record<VisitEndReason | 'open', number>>;
}>;

/** Answer of `stats:dashboard`: the period asked for and the one of the same length just before it. */
export type StatsDashboard = Readonly<{
  utcOffsetMinutes: number;
  current: DashboardPeriod;
  previous: DashboardPeriod;
  /** How long the queries took, ms. */
  tookMs: number;
}>;

/** A kiosk id as the fleet knows it (the same characters `kiosk fleet` accepts). */
export const KioskIdFilter = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected a kiosk id (letters, digits, . _ -, at most 64)');

/**
 * Input of `stats:dashboard`: the range, and the fleet's filters. On a kiosk
 * (one database, one kiosk), `kioskIds` that leave out the kiosk's own id give
 * empty periods, and `venue` is ignored (a kiosk does not know its venue);
 * `kiosk fleet serve` answers the same input over every kiosk it collects.
 */
export const DashboardInput = DateRange.extend({
  kioskIds: z.array(KioskIdFilter).max(500).optional(),
  venue: z.string().min(1).max(100).optional(),
}).strict();
export type DashboardInput = z.infer<typeof DashboardInput>;

/** Statistics for the admin dashboard. */
export const statsCalls = {
  'stats:dashboard': defineCall<StatsDashboard>()(
    'admin',
    DashboardInput,
    'Dashboard figures for the visits started between two local dates (inclusive), with the previous period of the same length; optionally only some kiosks (fleet) or one venue (fleet only).',
  ),
} as const;

export const statsEvents = {} as const;
