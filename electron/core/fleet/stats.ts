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
  perDay: `SELECT day AS key, sum(visits) AS n FROM fleet.daily_visits WHERE ${WHERE} GROUP BY day ORDER BY day`,
  perHour: `SELECT hour AS key, sum(visits) AS n FROM fleet.daily_visits WHERE ${WHERE} GROUP BY hour ORDER BY hour`,
  perLanguage: `SELECT language AS key, sum(visits) AS n FROM fleet.daily_visits WHERE ${WHERE} GROUP BY language ORDER BY language`,
  perReason: `SELECT end_reason AS key, sum(visits) AS n FROM fleet.daily_visits WHERE ${WHERE} GROUP BY end_reason ORDER BY end_reason`,
  funnel: `SELECT chapter, sum(opened) AS opened, sum(started) AS started, sum(completed) AS completed
           FROM fleet.daily_chapters WHERE ${WHERE} GROUP BY chapter`,
  dwell: `SELECT chapter, sum(dwell_n) AS n, sum(dwell_sum) AS total FROM fleet.daily_chapters WHERE ${WHERE} GROUP BY chapter HAVING sum(dwell_n) > 0`,
  // Medians cannot be rolled up: the narrow per-sample table, by its (day, chapter, dwell_ms) index.
  median: `SELECT chapter, percentile_cont(0.5) WITHIN GROUP (ORDER BY dwell_ms) AS median FROM fleet.dwell_samples WHERE ${WHERE} GROUP BY chapter`,
} as const;

type Raw = Record<string, string | number | null>;
const counts = (rows: Raw[]): CountRow[] => rows.map((r) => ({ key: r.key as string | number, n: Number(r.n) }));

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
  const perDay = await run(Q.perDay);
  const perHour = await run(Q.perHour);
  const perLanguage = await run(Q.perLanguage);
  const perReason = await run(Q.perReason);
  const funnel = await run(Q.funnel);
  const dwell = await run(Q.dwell);
  const medians = new Map((await run(Q.median)).map((r) => [r.chapter, Number(r.median)]));

  const repo: StatsRepo = {
    visitsPerDay: () => counts(perDay),
    visitsPerHour: () => counts(perHour),
    visitsPerLanguage: () => counts(perLanguage),
    visitsPerEndReason: () => counts(perReason),
    funnel: () => funnel.map((r): FunnelRow => ({ chapter: String(r.chapter), opened: Number(r.opened), started: Number(r.started), completed: Number(r.completed) })),
    dwell: () =>
      dwell.map((r): DwellRow => ({ chapter: String(r.chapter), n: Number(r.n), avg: Number(r.total) / Number(r.n), median: medians.get(r.chapter) ?? NaN })),
  };
  const summary = statsSummary(repo, from, to, offset);
  return { ...summary, tookMs: Math.round(performance.now() - started) };
};
