import type pg from 'pg';
import { calls, type CallName } from '../../shared/contract';
import { KioskFailure } from '../../shared/result';
import type { AdminService } from '../admin';
import type { AllHandlers, Handler, HandlerMap } from '../handlers';
import { fleetStatsDashboard } from './dashboard';
import { fleetKiosks } from './kiosks';

/** What the fleet server answers besides sign-in: the dashboard, the kiosk list (the export is a download). */
type FleetServeCallName = 'stats:dashboard' | 'fleet:list';

/**
 * The fleet server's handlers for the one dispatcher: the admin service's
 * (PIN, sessions, audit), the dashboard over PostgreSQL, the kiosk list.
 * Every other call of the contract (the visitor tour, packs, the kiosk's own
 * export) is answered `unavailable`: there is no kiosk behind this server.
 */
export const createFleetServeHandlers = (pool: pg.Pool, admin: AdminService): AllHandlers => {
  const withClient = async <T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await run(client);
    } finally {
      client.release();
    }
  };
  const own: HandlerMap<FleetServeCallName> = {
    'stats:dashboard': ({ from, to, kioskIds, venue }) =>
      withClient((c) => fleetStatsDashboard(c, from, to, { kioskIds, venue })),
    'fleet:list': async () => ({ kiosks: await withClient(fleetKiosks) }),
  };
  const notHere =
    (name: string): Handler<CallName> =>
    () => {
      throw new KioskFailure('unavailable', `${name} is not served by the fleet dashboard`);
    };
  const all = Object.fromEntries(Object.keys(calls).map((name) => [name, notHere(name)])) as unknown as AllHandlers;
  return { ...all, ...admin.handlers, ...own };
};
