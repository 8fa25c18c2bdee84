import type { VisitEvent } from '../../shared/visit-events';
import type { HandlerMap } from '../handlers';
import { createPageOwners, type PageOwners } from './page-owners';
import type { VisitLog } from './visit-log';

/** The calls this module answers. */
export type VisitCallName = 'visit:start' | 'visit:event' | 'visit:end' | 'visit:flush' | 'stats:summary' | 'stats:dashboard' | 'health:visit-log';

const ACCEPTED = { accepted: true } as const;

/**
 * Handlers of the visit-log calls. The dispatcher has validated the input
 * against the contract already, so the logging calls only enqueue.
 */
// Admin calls (stats, export, health) should check ctx.sessionToken once admin auth exists.
// A call with a pageId (every renderer page, both shells) is scoped to that page's visits
// (page-owners.ts); one without (CLI, tests driving the core directly) keeps the old rule.
export const createVisitHandlers = (visitLog: VisitLog, owners: PageOwners = createPageOwners()): HandlerMap<VisitCallName> => ({
  'visit:start': (input, ctx) => {
    if (ctx.pageId === undefined) {
      visitLog.start(input);
      return ACCEPTED;
    }
    for (const left of owners.started(input.visitId, ctx.pageId, input.at)) {
      visitLog.end({ visitId: left.visitId, at: left.at, reason: 'interrupted' });
    }
    visitLog.start(input, { interruptOthers: false });
    return ACCEPTED;
  },
  'visit:event': (input, ctx) => {
    // The contract's union is built from a mapped list, so zod infers a loose
    // record; the dispatcher ran exactly the VisitEvent schema on it.
    const event = input as unknown as VisitEvent;
    if (ctx.pageId !== undefined) owners.touch(event.visitId, ctx.pageId, event.at);
    visitLog.event(event);
    return ACCEPTED;
  },
  'visit:end': (input, ctx) => {
    if (ctx.pageId !== undefined) {
      owners.touch(input.visitId, ctx.pageId, input.at);
      owners.ended(input.visitId);
    }
    visitLog.end(input);
    return ACCEPTED;
  },
  // Durable acknowledgement: the renderer asks after its end-of-visit (renderer/tour/visit-log.ts).
  'visit:flush': async ({ visitId }) => ({ durable: await visitLog.durableEnd(visitId) }),
  'stats:summary': ({ from, to }) => visitLog.stats(from, to),
  // `venue` is the fleet's filter: a kiosk does not know its venue, so it is ignored here.
  'stats:dashboard': ({ from, to, kioskIds }) => visitLog.dashboard(from, to, kioskIds),
  'health:visit-log': () => visitLog.health(),
});
