import { VisitEnd, VisitEvent, VisitStart } from '../visit-events';
import { defineCall } from './define';

/** Answer of the fire-and-forget logging calls: accepted into the logger's buffer. */
export type Accepted = Readonly<{ accepted: true }>;

/**
 * Visit logging. The renderer sends these with `send` (fire-and-forget);
 * the core buffers and writes them in batches.
 */
export const visitsCalls = {
  'visit:start': defineCall<Accepted>()(VisitStart, 'A visitor tapped the attract screen: a visit begins.'),
  'visit:event': defineCall<Accepted>()(VisitEvent, 'Something the visitor did during a visit.'),
  'visit:end': defineCall<Accepted>()(VisitEnd, 'The visit ended (idle timeout or finish).'),
} as const;

export const visitsEvents = {} as const;

