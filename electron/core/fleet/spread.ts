import type pg from 'pg';

/** Count, median and p75 of one sample set; median / p75 null when no sample has a value. */
export type Spread = Readonly<{ n: number; median: number | null; p75: number | null }>;

type Source = Readonly<{ hist: string; samples: string; key: string | null }>;
/** Engaged chapter dwell per chapter, and the visits' engaged time (one set), fleet-wide (schema 30). */
export const DWELL: Source = { hist: 'fleet.all_dwell_hist', samples: 'fleet.dwell_samples', key: 'chapter' };
export const ENGAGED: Source = { hist: 'fleet.all_engaged_hist', samples: 'fleet.engaged_samples', key: null };

/**
 * Exact percentiles from a per-day histogram (buckets of 1,024 ms) and the
 * samples of just the buckets that hold the wanted ranks: the kiosk's rules
 * (db/dashboard-repo.ts), median = mean of the values at 0-based ranks
 * ⌊(m−1)/2⌋ and ⌊m/2⌋, p75 = the value at rank ⌊(3m+3)/4⌋−1 (nearest rank),
 * m = samples with a value. Cumulating the bucket counts finds each rank's
 * bucket and its offset inside; the value is then read by the samples'
 * (key, engaged_ms, day) index from that bucket alone.
 */
const spreadSql = ({ hist, samples, key }: Source): string => {
  const k = key ?? `''`;
  const sameKey = key ? `s.${key} = r.k AND ` : '';
  return `WITH h AS (SELECT ${k} AS k, bucket, sum(n)::bigint AS n FROM ${hist} WHERE day BETWEEN $1 AND $2 GROUP BY 1, 2),
  t AS (SELECT k, sum(n)::bigint AS total, coalesce(sum(n) FILTER (WHERE bucket >= 0), 0)::bigint AS m FROM h GROUP BY k),
  c AS (SELECT k, bucket, n, (sum(n) OVER (PARTITION BY k ORDER BY bucket))::bigint - n AS before FROM h WHERE bucket >= 0),
  r AS (SELECT t.k, x.name, x.rank FROM t CROSS JOIN LATERAL
          (VALUES ('lo', (t.m - 1) / 2), ('hi', t.m / 2), ('p75', (3 * t.m + 3) / 4 - 1)) x(name, rank) WHERE t.m > 0)
  SELECT t.k, t.total::float8 AS total, r.name,
    (SELECT s.engaged_ms FROM ${samples} s
     WHERE ${sameKey}s.engaged_ms >= c.bucket::bigint << 10 AND s.engaged_ms < (c.bucket::bigint + 1) << 10 AND s.day BETWEEN $1 AND $2
     ORDER BY s.engaged_ms OFFSET r.rank - c.before LIMIT 1)::float8 AS v
  FROM t LEFT JOIN (r JOIN c ON c.k = r.k AND r.rank >= c.before AND r.rank < c.before + c.n) ON r.k = t.k`;
};

/** Spreads per key (chapter; '' for a set without key) over local days firstDay … lastDay, all kiosks. */
export const fleetWideSpreads = async (
  client: pg.ClientBase,
  source: Source,
  firstDay: number,
  lastDay: number,
): Promise<Map<string, Spread>> => {
  const { rows } = await client.query<{ k: string; total: number; name: 'lo' | 'hi' | 'p75' | null; v: number | null }>(
    spreadSql(source),
    [firstDay, lastDay],
  );
  const by = new Map<string, { n: number; lo?: number; hi?: number; p75?: number }>();
  for (const r of rows) {
    const s = by.get(r.k) ?? { n: r.total };
    if (r.name && r.v !== null) s[r.name] = r.v;
    by.set(r.k, s);
  }
  return new Map(
    [...by].map(([k, s]) => [
      k,
      {
        n: s.n,
        // percentile_cont(0.5)'s lo + (hi − lo) / 2, exact for integer ms.
        median: s.lo === undefined || s.hi === undefined ? null : s.lo + (s.hi - s.lo) / 2,
        p75: s.p75 ?? null,
      },
    ]),
  );
};
