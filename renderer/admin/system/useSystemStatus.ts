import { useCallback, useEffect, useState } from 'react';
import type { AdminCaller, AdminOutput } from '../api/admin-calls';

export type SystemStatus = AdminOutput<'system:status'>;
export type FleetStatus = AdminOutput<'fleet:status'>;

/** What the System screen shows: the core's figures and the fleet sync, or why they could not be read. */
export type SystemView = Readonly<{
  status: SystemStatus | null;
  fleet: FleetStatus | null;
  error: string | null;
  checking: boolean;
  /** A read asked for by "Refresh" or after an action is under way. */
  refreshing: boolean;
  reload(): void;
  checkNow(): void;
}>;

/**
 * Reads `system:status` and `fleet:status` when the screen opens, when the admin
 * presses "Refresh", and after a check or a refused action: no polling, since every
 * privileged call keeps the session open (an unattended screen must still time out).
 */
export const useSystemStatus = (call: AdminCaller): SystemView => {
  const [status, setStatus] = useState<SystemStatus | null>(null);
  const [fleet, setFleet] = useState<FleetStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const read = useCallback(async () => {
    const system = call('system:status', {}).then((answer) => {
      if (!answer.ok) return setError(answer.error.message);
      setError(null);
      setStatus(answer.value);
    });
    const sync = call('fleet:status', {}).then((answer) => setFleet(answer.ok ? answer.value : null));
    await Promise.allSettled([system, sync]);
  }, [call]);
  useEffect(() => void read(), [read]);
  const reload = useCallback(() => {
    setRefreshing(true);
    void read().then(() => setRefreshing(false));
  }, [read]);
  const checkNow = useCallback(() => {
    setChecking(true);
    setError(null);
    void call('system:check-db', { mode: 'quick' }).then((answer) => {
      setChecking(false);
      if (!answer.ok) setError(answer.error.message);
      reload();
    });
  }, [call, reload]);
  return { status, fleet, error, checking: checking || (status?.checking ?? false), refreshing, reload, checkNow };
};
