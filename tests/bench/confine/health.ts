import type { VisitLogHealth } from '../../../electron/shared/contract/visits';
import { callHttp, signInHttp, TEST_PINS } from '../../fixtures/admin';

/**
 * `health:visit-log` as staff read it: sign in with the staff PIN, ask, sign
 * out. Visit calls are refused while a session is open, so pages must be idle.
 */
export const readHealth = async (url: string): Promise<VisitLogHealth> => {
  const token = await signInHttp(url, TEST_PINS.staff);
  try {
    const answer = await callHttp<VisitLogHealth>(url, 'health:visit-log', {}, token);
    if (!answer.ok) throw new Error(`health:visit-log refused: ${answer.error.message}`);
    return answer.value;
  } finally {
    await callHttp(url, 'admin:sign-out', {}, token);
  }
};

/** The item count a `visit-log-dropped-last-run` alert reports ("the previous run lost N visit-log items"), or null. */
export const droppedLastRun = (alerts: ReadonlyArray<{ kind: string; message: string }>): number | null => {
  const alert = alerts.find((a) => a.kind === 'visit-log-dropped-last-run');
  const match = alert && /lost (\d+) visit-log items/.exec(alert.message);
  return match ? Number(match[1]) : null;
};
