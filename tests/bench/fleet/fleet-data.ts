import fs from 'node:fs';
import type pg from 'pg';
import Database from 'better-sqlite3';

/** Empties the central tables (roll-ups included) between runs. */
export const truncateCentral = (client: pg.ClientBase) =>
  client.query(
    'TRUNCATE fleet.visits, fleet.visit_events, fleet.daily_visits, fleet.daily_chapters, fleet.dwell_samples, fleet.daily_reach, fleet.engaged_samples, fleet.daily_narrations, fleet.all_visits, fleet.all_dwell_hist, fleet.all_engaged_hist',
  );

const cell = (v: unknown) => (v === null ? '\\N' : String(v).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!));

/**
 * Writes the kiosk's closed visits and their events as COPY text files, in
 * the fleet tables' column order: what PostgreSQL's own COPY loads as the
 * baseline for the sync's throughput.
 */
export const writeCopyFiles = (sqliteFile: string, visitsFile: string, eventsFile: string): { visits: number; events: number } => {
  const db = new Database(sqliteFile, { readonly: true });
  try {
    const visits = db.prepare('SELECT id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version, last_interaction_at FROM visits WHERE ended_at IS NOT NULL').raw().all() as unknown[][];
    fs.writeFileSync(visitsFile, visits.map((r) => `${r.map(cell).join('\t')}\n`).join(''));
    const events = db
      .prepare(
        `SELECT e.id, e.visit_id, v.started_at, v.kiosk_id, e.seq, e.at, e.type, e.chapter, e.payload
         FROM visits v JOIN visit_events e ON e.visit_id = v.id WHERE v.ended_at IS NOT NULL`,
      )
      .raw()
      .all() as unknown[][];
    fs.writeFileSync(eventsFile, events.map((r) => `${r.map(cell).join('\t')}\n`).join(''));
    fs.chmodSync(visitsFile, 0o644);
    fs.chmodSync(eventsFile, 0o644);
    return { visits: visits.length, events: events.length };
  } finally {
    db.close();
  }
};

/** Visits per generated chunk: each chunk is one INSERT of events and one of visits (one trigger run). */
const CHUNK_VISITS = 20_000;

/**
 * Generates `events` events (30 per visit) of 200 kiosks over the 30 days
 * from `fromMs`, server-side with generate_series, in chunks of 20,000
 * visits: events first, then the visits, whose statement triggers build the
 * roll-ups, as sync and import do (so 10 M events also measure that the
 * roll-ups keep up). Ids are counters written as UUIDs, in insertion order:
 * the primary-key indexes then grow at their right edge instead of at random
 * pages, which is what keeps a 10 M-event load to minutes — the kiosks' random
 * UUIDs change nothing for the dashboard, which never reads ids.
 */
export const generateFleet = async (client: pg.ClientBase, events: number, fromMs: number, progress?: (visits: number) => void): Promise<void> => {
  const visits = Math.ceil(events / 30);
  const span = 30 * 86_400_000;
  await client.query(`SELECT fleet.ensure_month(m) FROM generate_series($1::bigint, $2::bigint, 86400000) m`, [fromMs, fromMs + span]);
  await client.query('SET synchronous_commit = off');
  await client.query('SET work_mem = \'64MB\'');
  for (let first = 0; first < visits; first += CHUNK_VISITS) {
    const last = Math.min(visits, first + CHUNK_VISITS) - 1;
    await client.query(`CREATE TEMP TABLE gen_visits AS
      SELECT lpad(to_hex(i), 32, '0')::uuid AS id, i, 'kiosk-' || lpad((i % 200)::text, 3, '0') AS kiosk_id,
        $1::bigint + (i::bigint * ${span}) / $2 AS started_at,
        (ARRAY['idle','finish','idle','interrupted'])[1 + i % 4] AS end_reason, (ARRAY['zh-CN','en'])[1 + (i / 7) % 2] AS language
      FROM generate_series($3::bigint, $4::bigint) i`, [fromMs, visits, first, last]);
    await client.query(`INSERT INTO fleet.visit_events (id, visit_id, visit_started_at, kiosk_id, seq, at, type, chapter, payload)
      SELECT lpad(to_hex(v.i * 32 + s), 32, '0')::uuid, v.id, v.started_at, v.kiosk_id, s, v.started_at + s * 4000,
        (ARRAY['chapter-opened','narration-started','panorama-dragged','narration-completed','chapter-closed','hotspot-opened'])[1 + s % 6],
        (ARRAY['hard-core','vitality','momentum','quality','radiation'])[1 + (s / 6) % 5],
        CASE WHEN s % 6 = 4 THEN jsonb_build_object('dwellMs', (hashtext(v.id::text || s) & 131071)) ELSE '{}'::jsonb END
      FROM gen_visits v, generate_series(1, 30) s ORDER BY v.i, s`);
    // Engaged 60–120 s (the last interaction), the rest of the 121 s up to the end an idle tail.
    await client.query(`INSERT INTO fleet.visits (id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version, last_interaction_at)
      SELECT id, kiosk_id, started_at, started_at + 121000, end_reason, language, 'default', '1.0.0', started_at + 60000 + (hashtext(id::text) & 65535)
      FROM gen_visits ORDER BY i`);
    await client.query('DROP TABLE gen_visits');
    progress?.(last + 1);
  }
  await client.query('VACUUM ANALYZE fleet.visits, fleet.visit_events, fleet.daily_visits, fleet.daily_chapters, fleet.dwell_samples, fleet.daily_reach, fleet.engaged_samples, fleet.daily_narrations, fleet.all_visits, fleet.all_dwell_hist, fleet.all_engaged_hist');
};
