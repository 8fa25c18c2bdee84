import type pg from 'pg';

/** One kiosk as the fleet dashboard lists it (the `fleet` prop of DashboardScreen). */
export type FleetKiosk = Readonly<{ kioskId: string; venue: string | null; lastSeenAt: string | null; backlog: number | null }>;

/**
 * Every registered kiosk with its venue, its last contact (a sync batch or a
 * heartbeat through its own role) and the backlog it reported then.
 */
export const fleetKiosks = async (client: pg.ClientBase): Promise<FleetKiosk[]> => {
  const { rows } = await client.query<{ kiosk_id: string; venue: string | null; last_seen_at: Date | null; backlog: string | null }>(
    'SELECT kiosk_id, venue, last_seen_at, backlog FROM fleet.kiosks ORDER BY kiosk_id',
  );
  return rows.map((r) => ({
    kioskId: r.kiosk_id,
    venue: r.venue,
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    backlog: r.backlog === null ? null : Number(r.backlog),
  }));
};
