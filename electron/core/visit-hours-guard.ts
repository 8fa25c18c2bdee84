import type { CallName } from '../shared/contract';
import { KioskFailure } from '../shared/result';
import type { HandlerMap } from './handlers';

/** Which visits are under way, so the nightly restart never cuts one short. Memory only. */
export type VisitActivity = Readonly<{
  /** Whether a visit started and not ended was active within the last `staleMs` (a page that vanished does not block for ever). */
  inProgress(nowMs: number, staleMs: number): boolean;
}>;

type GuardOptions = Readonly<{
  /** Whether the venue is open now (opening hours, core clock). */
  isOpen(): boolean;
  now(): number;
}>;

/**
 * Wraps the visit handlers: outside opening hours `visit:start` is refused (the
 * renderer shows the closed card and does not try), while a visit already under
 * way may log and end as usual, so it can finish after closing time. It also
 * notes which visits are under way.
 */
export const guardVisitsByHours = <K extends CallName>(
  handlers: HandlerMap<K>,
  options: GuardOptions,
): Readonly<{ handlers: HandlerMap<K>; activity: VisitActivity }> => {
  const lastActive = new Map<string, number>();
  const guarded = { ...handlers };
  for (const name of Object.keys(handlers) as K[]) {
    if (!name.startsWith('visit:') || name === 'visit:flush') continue;
    const handler = handlers[name];
    guarded[name] = ((input: { visitId?: unknown }, ctx) => {
      if (name === 'visit:start' && !options.isOpen()) throw new KioskFailure('conflict', 'visit:start: the kiosk is closed (outside opening hours)');
      const answer = handler(input as never, ctx);
      const visitId = typeof input.visitId === 'string' ? input.visitId : null;
      if (visitId !== null && name === 'visit:end') lastActive.delete(visitId);
      else if (visitId !== null) lastActive.set(visitId, options.now());
      return answer;
    }) as HandlerMap<K>[K];
  }
  return {
    handlers: guarded,
    activity: {
      inProgress: (nowMs, staleMs) => [...lastActive.values()].some((at) => nowMs - at < staleMs),
    },
  };
};
