import type pg from 'pg';
import type { FleetKiosk } from '../../shared/contract/fleet';

/**
 * Every registered kiosk with its venue (`kiosk fleet add-kiosk ID --venue
 * NAME`), its last contact (a sync batch or a heartbeat through its own role)
 * and the backlog it reported then.
 */
export const fleetKiosks = async (client: pg.ClientBase): Promise<FleetKiosk[]> => {
  const { rows } = await client.query<{
    kiosk_id: string;
    venue: string | null;
    last_seen_at: Date | null;
    backlog: string | null;
  }>('SELECT kiosk_id, venue, last_seen_at, backlog FROM fleet.kiosks ORDER BY kiosk_id');
  return rows.map((r) => ({
    kioskId: r.kiosk_id,
    venue: r.venue,
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    backlog: r.backlog === null ? null : Number(r.backlog),
  }));
};
