import type { z } from 'zod';
import type { LogItem } from '../../../db';
import { KioskFailure } from '../../shared/result';
import { VisitEnd, VisitEvent, VisitStart } from '../../shared/visit-events';
import { firstIssue } from '../../shared/zod-issues';

/** The three kinds of visit-log input. */
export type IngestKind = 'start' | 'event' | 'end';

const SCHEMAS = { start: VisitStart, event: VisitEvent, end: VisitEnd } as const;

/** Turns already-validated contract input into a log item. */
export const toItem = {
  start: (v: VisitStart, kioskId: string): LogItem => ({ kind: 'start', kioskId, ...v }),
  event: (e: VisitEvent): LogItem => ({ kind: 'event', event: e }),
  end: (v: VisitEnd): LogItem => ({ kind: 'end', ...v }),
};

/**
 * Validates raw input (CLI, imports — anything that did not come through the
 * dispatcher) and builds its log item. Unknown event types and malformed
 * payloads are refused with a KioskFailure naming the field.
 */
export const parseItem = (kind: IngestKind, raw: unknown, kioskId: string): LogItem => {
  const schema: z.ZodType = SCHEMAS[kind];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    throw new KioskFailure('invalid-input', `visit ${kind}: ${message}`, field);
  }
  if (kind === 'start') return toItem.start(parsed.data as VisitStart, kioskId);
  if (kind === 'event') return toItem.event(parsed.data as VisitEvent);
  return toItem.end(parsed.data as VisitEnd);
};
