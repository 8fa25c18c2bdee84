import type pg from 'pg';
import type {
  ChapterDwellRow,
  DashboardRepo,
  EngagedRow,
  HeatRow,
  NarrationRow,
  ReachRow,
  StatsRepo,
  StatsWindow,
} from '../../../db';
import type { CountRow, FunnelRow } from '../../../db/stats-repo';
import type { StatsDashboard } from '../../shared/contract/stats';
import { localDateWindow } from '../visit-log/date-range';
import { statsDashboard } from '../visit-log/stats-dashboard';
import { DWELL, ENGAGED, fleetWideSpreads } from './spread';

/** Which kiosks a fleet view covers: the listed ones, those of one venue, both (intersection), or all. */
export type FleetFilter = Readonly<{ kioskIds?: readonly string[]; venue?: string }>;

// Every query reads the roll-ups the database keeps (schema 0010 / 0020), never the raw events.
const WHERE = `day BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR kiosk_id = ANY($3))`;
const Q = {
  // One scan for the per-day, language, end-reason and heat-map (local weekday × hour; day 0 was a Thursday) counts.
  visits: (from: string) => `SELECT GROUPING(day) = 0 AS by_day, GROUPING(language) = 0 AS by_language, GROUPING(end_reason) = 0 AS by_reason,
             day, (day + 3) % 7 AS weekday, hour, language, end_reason, sum(visits)::float8 AS n
           FROM ${from} GROUP BY GROUPING SETS ((day), (language), (end_reason), ((day + 3) % 7, hour))`,
  funnel: `SELECT chapter, sum(opened)::float8 AS opened, sum(started)::float8 AS started, sum(completed)::float8 AS completed
           FROM fleet.daily_chapters WHERE ${WHERE} GROUP BY chapter`,
  reach: `SELECT coalesce(sum(started), 0)::float8 AS started, coalesce(sum(past_hub), 0)::float8 AS "pastHub",
            coalesce(sum(all_five), 0)::float8 AS "allFive", coalesce(sum(hub_only), 0)::float8 AS "hubOnly",
            coalesce(sum(engaged_n), 0)::float8 AS n, coalesce(sum(engaged_ms), 0)::float8 AS total, coalesce(sum(idle_tail_ms), 0)::float8 AS "idleTail"
          FROM fleet.daily_reach WHERE ${WHERE}`,
  // Median = mean of the two middle values (percentile_cont(0.5)); p75 = nearest rank, ceil(0.75 n)
  // (percentile_disc(0.75)): the kiosk's rules (db/dashboard-repo.ts). One sort serves both.
  engaged: `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY engaged_ms) AS median, percentile_disc(0.75) WITHIN GROUP (ORDER BY engaged_ms)::float8 AS p75
            FROM fleet.engaged_samples WHERE ${WHERE}`,
  dwell: `SELECT chapter, count(*)::float8 AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY engaged_ms) AS median,
            percentile_disc(0.75) WITHIN GROUP (ORDER BY engaged_ms)::float8 AS p75
          FROM fleet.dwell_samples WHERE ${WHERE} GROUP BY chapter`,
  narration: `SELECT chapter, language, sum(started)::float8 AS started, sum(completed)::float8 AS completed
              FROM fleet.daily_narrations WHERE ${WHERE} GROUP BY chapter, language`,
} as const;

type Raw = Record<string, unknown>;
type Prefetched = Readonly<{
  perDay: CountRow[];
  perLanguage: CountRow[];
  perReason: CountRow[];
  heat: HeatRow[];
  funnel: FunnelRow[];
  reach: ReachRow;
  engaged: EngagedRow;
  dwell: ChapterDwellRow[];
  narration: NarrationRow[];
}>;

const prefetch = async (
  client: pg.ClientBase,
  firstDay: number,
  days: number,
  ids: string[] | null,
): Promise<Prefetched> => {
  const params = [firstDay, firstDay + days - 1, ids];
  const run = async <T = Raw>(sql: string) => (await client.query(sql, params)).rows as T[];
  // All kiosks: the fleet-wide roll-ups of schema 30 (a few thousand rows a month, whatever the fleet's size).
  const wide = ids === null;
  const visits = wide
    ? (await client.query<Raw>(Q.visits('fleet.all_visits WHERE day BETWEEN $1 AND $2'), params.slice(0, 2))).rows
    : await run(Q.visits(`fleet.daily_visits WHERE ${WHERE}`));
  const pick = (flag: string, key: string): CountRow[] =>
    visits
      .filter((r) => r[flag] === true && r.hour === null)
      .map((r) => ({ key: r[key] as string | number, n: r.n as number }));
  const r = (await run(Q.reach))[0]!;
  const e = wide
    ? (await fleetWideSpreads(client, ENGAGED, firstDay, firstDay + days - 1)).get('')
    : (await run<{ median: number | null; p75: number | null }>(Q.engaged))[0];
  const dwell = wide
    ? [...(await fleetWideSpreads(client, DWELL, firstDay, firstDay + days - 1))].map(
        ([chapter, x]): ChapterDwellRow => ({ chapter, n: x.n, median: x.median!, p75: x.p75! }),
      )
    : await run<ChapterDwellRow>(Q.dwell);
  return {
    perDay: pick('by_day', 'day'),
    perLanguage: pick('by_language', 'language'),
    perReason: pick('by_reason', 'end_reason'),
    heat: visits
      .filter((v) => v.hour !== null)
      .map((v) => ({ weekday: v.weekday as number, hour: v.hour as number, n: v.n as number })),
    funnel: await run<FunnelRow>(Q.funnel),
    reach: {
      started: r.started as number,
      pastHub: r.pastHub as number,
      allFive: r.allFive as number,
      hubOnly: r.hubOnly as number,
    },
    engaged: {
      n: r.n as number,
      total: r.total as number,
      idleTail: r.idleTail as number,
      median: e?.median ?? null,
      p75: e?.p75 ?? null,
    },
    dwell,
    narration: await run<NarrationRow>(Q.narration),
  };
};

/** The kiosk ids a filter stands for, or null for every kiosk. */
export const kioskIdsOf = async (client: pg.ClientBase, filter: FleetFilter): Promise<string[] | null> => {
  if (!filter.kioskIds && filter.venue === undefined) return null;
  const { rows } = await client.query<{ kiosk_id: string }>(
    'SELECT kiosk_id FROM fleet.kiosks WHERE ($1::text[] IS NULL OR kiosk_id = ANY($1)) AND ($2::text IS NULL OR venue = $2)',
    [filter.kioskIds ? [...filter.kioskIds] : null, filter.venue ?? null],
  );
  return rows.map((x) => x.kiosk_id);
};

/**
 * The kiosk's `stats:dashboard` over the merged fleet data: the same
 * StatsDashboard, assembled by the same code (visit-log/stats-dashboard.ts)
 * from the same aggregates, which come from PostgreSQL's roll-ups. Both
 * periods (asked and previous) are fetched first — node-postgres is
 * asynchronous, the repositories are not — and handed out by window.
 */
export const fleetStatsDashboard = async (
  client: pg.ClientBase,
  from: string,
  to: string,
  filter: FleetFilter = {},
): Promise<StatsDashboard> => {
  const started = performance.now();
  const offset = Number(
    (await client.query<{ o: number }>('SELECT utc_offset_minutes AS o FROM fleet.config WHERE id = 1')).rows[0]?.o ??
      480,
  );
  const w = localDateWindow(from, to, offset);
  const ids = await kioskIdsOf(client, filter);
  // statsDashboard validates the range itself; an over-long one is refused there before any repo is read.
  const windows = new Map<number, Prefetched>();
  if (w.days <= 3660) {
    // One read-only snapshot for both periods (rows arriving meanwhile cannot skew one against the other),
    // and room for the percentile sorts in memory: the default 4 MB spills a fleet month's samples to disk.
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL work_mem = '64MB'`);
    try {
      windows.set(w.fromMs, await prefetch(client, w.firstDay, w.days, ids));
      windows.set(w.fromMs - w.days * 86_400_000, await prefetch(client, w.firstDay - w.days, w.days, ids));
    } finally {
      await client.query('COMMIT');
    }
  }
  const of = (x: StatsWindow): Prefetched => {
    const p = windows.get(x.fromMs);
    if (!p) throw new Error(`fleet dashboard: window ${x.fromMs} was not prefetched`);
    return p;
  };
  const stats: StatsRepo = {
    visitsPerDay: (x) => of(x).perDay,
    visitsPerHour: () => {
      throw new Error('fleet dashboard: not read by stats:dashboard');
    },
    visitsPerLanguage: (x) => of(x).perLanguage,
    visitsPerEndReason: (x) => of(x).perReason,
    funnel: (x) => of(x).funnel,
    dwell: () => {
      throw new Error('fleet dashboard: not read by stats:dashboard');
    },
  };
  const dash: DashboardRepo = {
    heatmap: (x) => of(x).heat,
    reach: (x) => of(x).reach,
    engaged: (x) => of(x).engaged,
    chapterDwell: (x) => of(x).dwell,
    narration: (x) => of(x).narration,
  };
  return { ...statsDashboard(stats, dash, from, to, offset), tookMs: Math.round(performance.now() - started) };
};
