import type pg from 'pg';
import type { CountRow, DwellRow, FunnelRow, StatsRepo } from '../../../db/stats-repo';
import type { StatsSummary } from '../../shared/contract/visits';
import { localDateWindow } from '../visit-log/date-range';
import { statsSummary } from '../visit-log/stats';

/** Which kiosks a fleet view covers; all when `kioskIds` is absent. */
export type FleetStatsFilter = Readonly<{ kioskIds?: readonly string[] }>;

// Every query reads the roll-ups (fleet.daily_*), kept by the database as rows
// arrive, never the raw events: a 30-day view of 200 kiosks reads ~30 × 200 ×
// (24 × 2 × 3) visit rows and 30 × 200 × 5 chapter rows, however many events.
const WHERE = `day BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR kiosk_id = ANY($3))`;
const Q = {
  // One scan of the window's visit roll-ups for all four breakdowns (GROUPING SETS), not four.
  visits: `SELECT GROUPING(day) = 0 AS by_day, GROUPING(hour) = 0 AS by_hour, GROUPING(language) = 0 AS by_language,
             day, hour, language, end_reason, sum(visits) AS n
           FROM fleet.daily_visits WHERE ${WHERE} GROUP BY GROUPING SETS ((day), (hour), (language), (end_reason))`,
  // Funnel and dwell mean from one scan of the chapter roll-ups.
  chapters: `SELECT chapter, sum(opened) AS opened, sum(started) AS started, sum(completed) AS completed, sum(dwell_n) AS n, sum(dwell_sum) AS total
             FROM fleet.daily_chapters WHERE ${WHERE} GROUP BY chapter`,
  // Medians cannot be rolled up: the narrow per-sample table, by its (day, chapter, dwell_ms) index.
  median: `SELECT chapter, percentile_cont(0.5) WITHIN GROUP (ORDER BY dwell_ms) AS median FROM fleet.dwell_samples WHERE ${WHERE} GROUP BY chapter`,
} as const;

type Raw = Record<string, string | number | boolean | null>;
const counts = (rows: ReadonlyArray<{ key: unknown; n: unknown }>): CountRow[] => rows.map((r) => ({ key: r.key as string | number, n: Number(r.n) }));

/**
 * The kiosk's `stats:summary` over the merged fleet data: the same
 * StatsSummary, assembled by the same code (visit-log/stats.ts) from the same
 * aggregates, which come from PostgreSQL's roll-ups instead of SQLite. Days
 * and hours are the fleet's local time (fleet.config.utc_offset_minutes,
 * +08:00 by default), the offset the roll-ups were bucketed with.
 */
export const fleetStatsSummary = async (client: pg.ClientBase, from: string, to: string, filter: FleetStatsFilter = {}): Promise<StatsSummary> => {
  const started = performance.now();
  const offset = Number((await client.query<{ o: number }>('SELECT utc_offset_minutes AS o FROM fleet.config WHERE id = 1')).rows[0]?.o ?? 480);
  const w = localDateWindow(from, to, offset);
  const params = [w.firstDay, w.firstDay + w.days - 1, filter.kioskIds ? [...filter.kioskIds] : null];
  const run = async (sql: string) => (await client.query<Raw>(sql, params)).rows;
  // One connection runs one query at a time anyway: sequential keeps it simple.
  const visitRows = await run(Q.visits);
  const by = (flag: string, key: string) => visitRows.filter((r) => r[flag] === (true as unknown)).map((r) => ({ key: r[key] ?? null, n: r.n }));
  const perDay = by('by_day', 'day');
  const perHour = by('by_hour', 'hour');
  const perLanguage = by('by_language', 'language');
  const perReason = visitRows.filter((r) => !r.by_day && !r.by_hour && !r.by_language).map((r) => ({ key: r.end_reason ?? null, n: r.n }));
  const funnel = await run(Q.chapters);
  const dwell = funnel.filter((r) => Number(r.n) > 0);
  const medians = new Map((await run(Q.median)).map((r) => [String(r.chapter), Number(r.median)]));

  const repo: StatsRepo = {
    visitsPerDay: () => counts(perDay),
    visitsPerHour: () => counts(perHour),
    visitsPerLanguage: () => counts(perLanguage),
    visitsPerEndReason: () => counts(perReason),
    funnel: () => funnel.map((r): FunnelRow => ({ chapter: String(r.chapter), opened: Number(r.opened), started: Number(r.started), completed: Number(r.completed) })),
    dwell: () =>
      dwell.map((r): DwellRow => ({ chapter: String(r.chapter), n: Number(r.n), avg: Number(r.total) / Number(r.n), median: medians.get(String(r.chapter)) ?? NaN })),
  };
  const summary = statsSummary(repo, from, to, offset);
  return { ...summary, tookMs: Math.round(performance.now() - started) };
};
