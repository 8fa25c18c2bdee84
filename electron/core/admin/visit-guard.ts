import type { CallName } from '../../shared/contract';
import type { HandlerMap } from '../handlers';
import { KioskFailure } from '../../shared/result';
import type { Sessions } from './sessions';

/**
 * Pauses visit logging while any staff or admin session is open: taps in admin
 * mode or in a pack preview are not a visitor's, and must not enter the
 * statistics. With no session the check is one Map size read.
 */
export const pauseVisitsDuringSessions = <K extends CallName>(handlers: HandlerMap<K>, sessions: Sessions): HandlerMap<K> => {
  const guarded = { ...handlers };
  for (const name of Object.keys(handlers) as K[]) {
    if (!name.startsWith('visit:')) continue;
    const handler = handlers[name];
    guarded[name] = ((input, ctx) => {
      if (sessions.anyOpen()) throw new KioskFailure('conflict', `${name}: admin session open, visits are not logged`);
      return handler(input, ctx);
    }) as HandlerMap<K>[K];
  }
  return guarded;
};
