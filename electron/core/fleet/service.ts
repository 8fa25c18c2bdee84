import { FLEET_OFF, type FleetStatus } from '../../shared/contract/fleet';
import type { HandlerMap } from '../handlers';
import { KioskFailure } from '../../shared/result';
import type { Settings } from '../settings';
import type { FleetSync } from './sync';

/** The kiosk's fleet service: the sync when configured, else a stub that loads nothing. */
export type FleetService = Readonly<{ status(): FleetStatus; handlers: HandlerMap<'fleet:status' | 'fleet:list' | 'fleet:export'>; close(): Promise<void> }>;

/**
 * Starts the background sync when `fleet.postgresUrl` is set. The sync module
 * (and with it node-postgres) is imported only then; a start failure is
 * reported in the status and the log, never thrown at the kiosk's startup.
 */
export const createFleetService = (
  settings: Settings,
  databaseFile: string,
  log: Readonly<{ warn(message: string, data: Record<string, unknown>): void; error(message: string, error: unknown): void }>,
): FleetService => {
  let sync: FleetSync | null = null;
  let startError: string | null = null;
  const starting = settings.fleet.postgresUrl
    ? import('./sync')
        .then(({ startFleetSync }) => startFleetSync({ fleet: settings.fleet, databaseFile, warn: (m, d) => log.warn(m, d) }))
        .then((s) => void (sync = s))
        .catch((error: unknown) => {
          startError = error instanceof Error ? error.message : String(error);
          log.error('fleet sync did not start', new Error(startError));
        })
    : Promise.resolve();
  const status = (): FleetStatus => sync?.status() ?? (settings.fleet.postgresUrl ? { ...FLEET_OFF, enabled: true, lastError: startError } : FLEET_OFF);
  return {
    status,
    handlers: {
      'fleet:status': () => status(),
      // The fleet dashboard's own calls: only `kiosk fleet serve` has the merged data.
      'fleet:list': () => {
        throw new KioskFailure('unavailable', 'fleet:kiosks is answered by "kiosk fleet serve", not by a kiosk');
      },
      'fleet:export': () => {
        throw new KioskFailure('unavailable', 'fleet:export is answered by "kiosk fleet serve", not by a kiosk');
      },
    },
    async close() {
      await starting;
      await sync?.close();
    },
  };
};
