import type pg from 'pg';
import { VISIT_COLUMNS } from '../../../db';
import type { FleetExportRequest } from '../../shared/contract/fleet';
import type { z } from 'zod';
import { BOM, csvLine } from '../visit-log/csv';
import { localDateWindow } from '../visit-log/date-range';
import { kioskIdsOf } from './dashboard';

type Request = z.output<typeof FleetExportRequest>;
const PAGE = 5000;

// Keyset pages over (started_at, id): each page is one short query, none holds a cursor open.
const PAGE_SQL = `SELECT id::text, kiosk_id, started_at::float8 AS started_at, ended_at::float8 AS ended_at, end_reason, language, pack_id, pack_version
  FROM fleet.visits WHERE started_at >= $1 AND started_at < $2 AND ($3::text[] IS NULL OR kiosk_id = ANY($3))
    AND (started_at, id) > ($4, $5::uuid)
  ORDER BY started_at, id LIMIT ${PAGE}`;

type Row = Readonly<{
  id: string;
  kiosk_id: string;
  started_at: number;
  ended_at: number;
  end_reason: string;
  language: string;
  pack_id: string;
  pack_version: string;
}>;
const iso = (ms: number) => new Date(ms).toISOString();
// The columns and order of the kiosk's own visits export (db/export-repo.ts VISIT_COLUMNS / VISIT_JSONL).
const cells = (r: Row) => [
  r.id,
  r.kiosk_id,
  iso(r.started_at),
  iso(r.ended_at),
  r.end_reason,
  r.language,
  r.pack_id,
  r.pack_version,
];

/** File name of a merged export: what it covers, in the kiosk export's naming style. */
export const mergedExportName = (request: Request): string =>
  `fleet_${request.from}_${request.to}_visits.${request.format}`;

/**
 * The merged visits of a range (the fleet's local dates), in the kiosk
 * export's visit columns: CSV (BOM, RFC 4180, formula cells neutralised by
 * the same encoder) or JSON Lines. Yields text chunks of one page each, so a
 * month of a whole fleet streams without being held in memory.
 */
export async function* mergedExport(client: pg.ClientBase, request: Request): AsyncGenerator<string> {
  const offset = Number(
    (await client.query<{ o: number }>('SELECT utc_offset_minutes AS o FROM fleet.config WHERE id = 1')).rows[0]?.o ??
      480,
  );
  const w = localDateWindow(request.from, request.to, offset);
  const ids = await kioskIdsOf(client, request);
  if (request.format === 'csv') yield BOM + csvLine(VISIT_COLUMNS);
  let after: [number, string] = [-1, '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const { rows } = await client.query<Row>(PAGE_SQL, [w.fromMs, w.toMs, ids, ...after]);
    if (rows.length === 0) return;
    yield rows
      .map((r) => {
        const c = cells(r);
        return request.format === 'csv'
          ? csvLine(c)
          : `${JSON.stringify(Object.fromEntries(VISIT_COLUMNS.map((k, i) => [k, c[i]])))}\n`;
      })
      .join('');
    const last = rows.at(-1)!;
    after = [last.started_at, last.id];
  }
}
