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
  reload(): void;
  checkNow(): void;
}>;

/**
 * Reads `system:status` and `fleet:status` once when the screen opens and after
 * a check: no polling, since every privileged call keeps the session open.
 */
export const useSystemStatus = (call: AdminCaller): SystemView => {
  const [status, setStatus] = useState<SystemStatus | null>(null);
  const [fleet, setFleet] = useState<FleetStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const reload = useCallback(() => {
    void call('system:status', {}).then((answer) =>
      answer.ok ? setStatus(answer.value) : setError(answer.error.message),
    );
    void call('fleet:status', {}).then((answer) => setFleet(answer.ok ? answer.value : null));
  }, [call]);
  useEffect(reload, [reload]);
  const checkNow = useCallback(() => {
    setChecking(true);
    setError(null);
    void call('system:check-db', { mode: 'quick' }).then((answer) => {
      setChecking(false);
      if (!answer.ok) setError(answer.error.message);
      reload();
    });
  }, [call, reload]);
  return { status, fleet, error, checking: checking || (status?.checking ?? false), reload, checkNow };
};
