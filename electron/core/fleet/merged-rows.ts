import type pg from 'pg';
import type { z } from 'zod';
import type { FleetExportRequest, FleetKiosk } from '../../shared/contract/fleet';
import { localDateWindow } from '../visit-log/date-range';
import { kioskIdsOf } from './dashboard';
import { fleetKiosks } from './kiosks';
import type { FleetVisitRow } from './visit-row';

export type MergedRequest = z.output<typeof FleetExportRequest>;

/** An event as the fleet keeps it; `payload` is the parsed JSON (jsonb). */
export type FleetEventRow = Readonly<{
  id: string;
  visit_id: string;
  kiosk_id: string;
  seq: number;
  at: number;
  type: string;
  chapter: string | null;
  payload: unknown;
}>;

/** What a merged export covers: the range as epoch ms (the fleet's local dates), the kiosks, the local offset. */
export type MergedScope = Readonly<{
  fromMs: number;
  toMs: number;
  firstDay: number;
  /** null: every kiosk. */
  kioskIds: readonly string[] | null;
  offsetMinutes: number;
  /** The registered kiosks the filter keeps, with venue, last contact and backlog. */
  kiosks: readonly FleetKiosk[];
}>;

/** Visits per page: each page is one short query, its events a second one; no cursor stays open. */
const PAGE = 500;
const VISITS_SQL = `SELECT id::text, kiosk_id, started_at::float8 AS started_at, ended_at::float8 AS ended_at, end_reason,
    language, pack_id, pack_version, last_interaction_at::float8 AS last_interaction_at
  FROM fleet.visits WHERE started_at >= $1 AND started_at < $2 AND ($3::text[] IS NULL OR kiosk_id = ANY($3))
    AND (started_at, id) > ($4, $5::uuid)
  ORDER BY started_at, id LIMIT ${PAGE}`;
// The page's events through the (visit_id, seq) index; the start-time bounds prune the month partitions.
const EVENTS_SQL = `SELECT id::text, visit_id::text, kiosk_id, seq, at::float8 AS at, type, chapter, payload
  FROM fleet.visit_events WHERE visit_id = ANY($1::uuid[]) AND visit_started_at BETWEEN $2 AND $3
  ORDER BY visit_started_at, visit_id, seq, id`;

/** Reads the scope of a request: the offset (fleet.config), the window, the kiosk filter (as the dashboard's). */
export const mergedScope = async (client: pg.ClientBase, request: MergedRequest): Promise<MergedScope> => {
  const offset = Number(
    (await client.query<{ o: number }>('SELECT utc_offset_minutes AS o FROM fleet.config WHERE id = 1')).rows[0]?.o ??
      480,
  );
  const w = localDateWindow(request.from, request.to, offset);
  const kioskIds = await kioskIdsOf(client, request);
  const kiosks = (await fleetKiosks(client)).filter((k) => kioskIds === null || kioskIds.includes(k.kioskId));
  return { fromMs: w.fromMs, toMs: w.toMs, firstDay: w.firstDay, kioskIds, offsetMinutes: offset, kiosks };
};

/** The scope's visits in pages, by start time then id (the kiosk export's order). */
export async function* visitPages(client: pg.ClientBase, scope: MergedScope): AsyncGenerator<FleetVisitRow[]> {
  let after: [number, string] = [-1, '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const { rows } = await client.query<FleetVisitRow>(VISITS_SQL, [scope.fromMs, scope.toMs, scope.kioskIds, ...after]);
    if (rows.length === 0) return;
    yield rows;
    const last = rows.at(-1)!;
    after = [last.started_at, last.id];
  }
}

/** The events of the scope's visits, a page of visits at a time, by visit start, visit id, seq, event id. */
export async function* eventPages(client: pg.ClientBase, scope: MergedScope): AsyncGenerator<FleetEventRow[]> {
  for await (const visits of visitPages(client, scope)) {
    const { rows } = await client.query<FleetEventRow>(EVENTS_SQL, [
      visits.map((v) => v.id),
      visits[0]!.started_at,
      visits.at(-1)!.started_at,
    ]);
    if (rows.length > 0) yield rows;
  }
}

/**
 * Runs `body` in one read-only REPEATABLE READ snapshot on `client`, so the
 * visits, events and kiosks of one export agree with each other even while
 * kiosks keep syncing; rolled back however it ends.
 */
export async function* inSnapshot<T>(client: pg.ClientBase, body: () => AsyncGenerator<T>): AsyncGenerator<T> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    yield* body();
  } finally {
    await client.query('ROLLBACK');
  }
}
