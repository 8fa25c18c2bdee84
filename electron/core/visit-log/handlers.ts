import type { VisitEvent } from '../../shared/visit-events';
import type { HandlerMap } from '../handlers';
import type { VisitLog } from './visit-log';

/** The calls this module answers. */
export type VisitCallName = 'visit:start' | 'visit:event' | 'visit:end' | 'stats:summary' | 'stats:dashboard' | 'export:visits' | 'health:visit-log';

const ACCEPTED = { accepted: true } as const;

/**
 * Handlers of the visit-log calls. The dispatcher has validated the input
 * against the contract already, so the logging calls only enqueue.
 */
// Admin calls (stats, export, health) should check ctx.sessionToken once admin auth exists.
export const createVisitHandlers = (visitLog: VisitLog): HandlerMap<VisitCallName> => ({
  'visit:start': (input) => {
    visitLog.start(input);
    return ACCEPTED;
  },
  'visit:event': (input) => {
    // The contract's union is built from a mapped list, so zod infers a loose
    // record; the dispatcher ran exactly the VisitEvent schema on it.
    visitLog.event(input as unknown as VisitEvent);
    return ACCEPTED;
  },
  'visit:end': (input) => {
    visitLog.end(input);
    return ACCEPTED;
  },
  'stats:summary': ({ from, to }) => visitLog.stats(from, to),
  'stats:dashboard': ({ from, to }) => visitLog.dashboard(from, to),
  'export:visits': (request) => visitLog.export(request),
  'health:visit-log': () => visitLog.health(),
});
