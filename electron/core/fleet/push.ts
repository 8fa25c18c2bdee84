import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import type { CopyBatch, SyncBatch } from './sync-source';

/** How a batch reaches the session's staging tables; the merge into the fleet tables is the same for both. */
export type PushMethod = 'copy' | 'insert';

/** What the server reports new (a re-sent batch reports 0 / 0). */
export type PushResult = Readonly<{ visits: number; events: number }>;

// ON COMMIT DELETE ROWS: a batch never sees the previous one's rows, even after a failed one.
const STAGE_DDL = `
  CREATE TEMP TABLE IF NOT EXISTS fleet_stage_visits (id uuid, kiosk_id text, started_at bigint, ended_at bigint,
    end_reason text, language text, pack_id text, pack_version text, last_interaction_at bigint) ON COMMIT DELETE ROWS;
  CREATE TEMP TABLE IF NOT EXISTS fleet_stage_events (id uuid, visit_id uuid, seq integer, at bigint,
    type text, chapter text, payload jsonb) ON COMMIT DELETE ROWS;`;
const MERGE = `SELECT visits, events FROM fleet.push_batch(
  ARRAY(SELECT ROW(s.*)::fleet.visit_row FROM pg_temp.fleet_stage_visits s),
  ARRAY(SELECT ROW(s.*)::fleet.event_row FROM pg_temp.fleet_stage_events s), $1)`;

const VISIT_COLS = ['id', 'kiosk_id', 'started_at', 'ended_at', 'end_reason', 'language', 'pack_id', 'pack_version', 'last_interaction_at'] as const;
const EVENT_COLS = ['id', 'visit_id', 'seq', 'at', 'type', 'chapter', 'payload'] as const;
type Cell = string | number | null;

// COPY text format: backslash, tab, newline and CR are escaped; \N is NULL.
const copyCell = (v: Cell): string => (v === null ? '\\N' : String(v).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!));
const copyText = (rows: readonly Record<string, Cell>[], cols: readonly string[]): string => {
  let out = '';
  for (const r of rows) out += `${cols.map((c) => copyCell(r[c] ?? null)).join('\t')}\n`;
  return out;
};

/** Rows per multi-row INSERT: 1,000 × 8 columns stays far under the 65,535 parameter limit. */
const INSERT_ROWS = 1000;
const insertRows = async (client: pg.ClientBase, table: string, cols: readonly string[], rows: readonly Record<string, Cell>[]) => {
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const chunk = rows.slice(i, i + INSERT_ROWS);
    const params: Cell[] = [];
    const tuples = chunk.map((r) => `(${cols.map((c) => `$${params.push(r[c] ?? null)}`).join(',')})`);
    await client.query(`INSERT INTO pg_temp.${table} (${cols.join(',')}) VALUES ${tuples.join(',')}`, params);
  }
};

const copyIn = async (client: pg.ClientBase, table: string, cols: readonly string[], text: string) => {
  if (text === '') return;
  // Loaded on first use only: a kiosk without fleet settings never loads pg or pg-copy-streams.
  const { from } = await import('pg-copy-streams');
  const stream = client.query(from(`COPY pg_temp.${table} (${cols.join(',')}) FROM STDIN`));
  await pipeline(Readable.from([text]), stream);
};
const copyRows = (client: pg.ClientBase, table: string, cols: readonly string[], rows: readonly Record<string, Cell>[]) =>
  copyIn(client, table, cols, copyText(rows, cols));

/** Loads whole visits and their events into this session's staging tables (inside the caller's transaction). */
export const stageRows = async (client: pg.ClientBase, rows: Pick<SyncBatch, 'visits' | 'events'>, method: PushMethod): Promise<void> => {
  const load = method === 'copy' ? copyRows : insertRows;
  await load(client, 'fleet_stage_visits', VISIT_COLS, rows.visits);
  await load(client, 'fleet_stage_events', EVENT_COLS, rows.events);
};

/** Creates this session's staging tables (once per connection). */
export const prepareSession = async (client: pg.ClientBase): Promise<void> => {
  await client.query(STAGE_DDL);
};

/**
 * Sends one batch in one transaction: stage (COPY or multi-row INSERT), merge
 * through fleet.push_batch, COMMIT. Resolves only once the COMMIT returned —
 * the caller may then, and only then, move its watermark. Any failure rolls
 * the whole batch back (or the server does, if the connection died).
 */
export const pushBatch = async (
  client: pg.ClientBase,
  batch: SyncBatch | CopyBatch,
  backlog: number,
  method: PushMethod,
  beforeCommit?: () => void | Promise<void>,
): Promise<PushResult> => {
  // BEGIN is queued, not awaited: node-postgres sends it ahead of the COPY, one
  // round trip less per batch (round trips, not bytes, dominate small batches).
  const begin = client.query('BEGIN');
  try {
    if ('visitsText' in batch) {
      await copyIn(client, 'fleet_stage_visits', VISIT_COLS, batch.visitsText);
      await copyIn(client, 'fleet_stage_events', EVENT_COLS, batch.eventsText);
    } else {
      await stageRows(client, batch, method);
    }
    await begin;
    let result: PushResult | undefined;
    if (beforeCommit) {
      result = (await client.query<PushResult>(MERGE, [backlog])).rows[0];
      await beforeCommit();
      await client.query('COMMIT');
    } else {
      // Merge and COMMIT in one simple query (one round trip): an error in the
      // merge skips the COMMIT and leaves the transaction to the ROLLBACK below.
      const results = (await client.query(`${MERGE.replace('$1', String(Math.max(0, Math.trunc(backlog))))}; COMMIT`)) as unknown as pg.QueryResult[];
      result = results[0]?.rows[0] as PushResult | undefined;
    }
    return result ?? { visits: 0, events: 0 };
  } catch (error) {
    await begin.catch(() => {});
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
};
