/**
 * One visit row, as the kiosk stores it and the fleet keeps it: the shape the
 * sync reads from SQLite, `fleet.visits` holds and the merged export reads
 * back — one definition, so the three never drift apart.
 */
export type FleetVisitRow = Readonly<{
  id: string;
  kiosk_id: string;
  /** Epoch ms; visits are closed by the time they reach the fleet. */
  started_at: number;
  ended_at: number;
  end_reason: string;
  language: string;
  pack_id: string;
  pack_version: string;
  /** The kiosk's last interaction (engaged duration); null where unknown (a USB bundle: the server estimates it). */
  last_interaction_at: number | null;
}>;

const iso = (ms: number) => new Date(ms).toISOString();

/** A visit's cells in the kiosk export's visit columns and order (db/export-repo.ts VISIT_COLUMNS / VISIT_JSONL). */
export const visitExportCells = (r: FleetVisitRow): string[] => [
  r.id,
  r.kiosk_id,
  iso(r.started_at),
  iso(r.ended_at),
  r.end_reason,
  r.language,
  r.pack_id,
  r.pack_version,
];
