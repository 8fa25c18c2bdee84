import { useCallback, useEffect, useState } from 'react';
import type { StatsDashboard } from '../../../electron/shared/contract/stats';
import type { Result } from '../../../electron/shared/result';
import type { DashboardInput } from '../../../electron/shared/contract/stats';

/** The admin call the dashboard needs (the admin router passes its session-bound caller). */
export type DashboardCall = (name: 'stats:dashboard', input: DashboardInput) => Promise<Result<StatsDashboard>>;

export type DashboardState =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'ready'; data: StatsDashboard }>
  | Readonly<{ status: 'failed'; message: string }>;

/**
 * Fetches `stats:dashboard` for `input` (a range, and the fleet's filters). Each answer is kept with the request
 * it answers, so a slower older answer never shows under a newer range, and
 * a new range reads as loading until its own answer arrives.
 */
export const useDashboard = (call: DashboardCall, input: DashboardInput): DashboardState & { reload(): void } => {
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; state: DashboardState } | null>(null);
  const key = `${JSON.stringify(input)}|${round}`;
  useEffect(() => {
    let current = true;
    void call('stats:dashboard', input).then((result) => {
      if (!current) return;
      const state: DashboardState = result.ok ? { status: 'ready', data: result.value } : { status: 'failed', message: result.error.message };
      setAnswer({ key, state });
    });
    return () => {
      current = false;
    };
  }, [call, input, key]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...(answer?.key === key ? answer.state : { status: 'loading' }), reload };
};
