import { MAX_SEND_BATCH } from '../../../electron/shared/channels';
import { generateVisits, type GeneratedVisit } from '../../fixtures/visit-log/generate';
import type { PageClient, SendItem } from './page-client';

/** A generated visit that always ends (the soak's clients end every visit they start). */
export type EndedVisit = GeneratedVisit & { end: NonNullable<GeneratedVisit['end']> };

/**
 * Visits of one client holding exactly `events` events, started in the last
 * hours (inside any retention period), every one ended by its client. The
 * last visit is cut short to hit the count; its end moves after its last event.
 */
export const clientVisits = (seed: number, events: number, nowMs = Date.now()): EndedVisit[] => {
  const out: EndedVisit[] = [];
  let left = events;
  for (let round = 0; left > 0; round++) {
    const fresh = generateVisits({
      seed: seed * 1_000 + round,
      visits: 50,
      fromMs: nowMs - 6 * 3_600_000,
      toMs: nowMs - 3_600_000,
      timeIds: true,
    });
    for (const v of fresh) {
      if (left === 0) break;
      const kept = v.events.slice(0, left);
      left -= kept.length;
      const lastAt = kept.at(-1)?.at ?? v.start.at;
      const end =
        v.end && v.end.at >= lastAt
          ? v.end
          : { visitId: v.start.visitId, at: lastAt + 1_000, reason: 'finish' as const, lastInteractionAt: lastAt };
      out.push({ start: v.start, events: kept, end });
    }
  }
  return out;
};

/** The calls one visit makes, in the order the renderer sends them. */
export const visitCalls = (v: EndedVisit): SendItem[] => [
  { name: 'visit:start', input: v.start },
  ...v.events.map((e) => ({ name: 'visit:event', input: e })),
  { name: 'visit:end', input: v.end },
];

/** Whole visits packed into `/api/send` batches of at most MAX_SEND_BATCH calls. */
export const batchesOf = (visits: readonly EndedVisit[]): EndedVisit[][] => {
  const batches: EndedVisit[][] = [];
  let current: EndedVisit[] = [];
  let size = 0;
  for (const v of visits) {
    const calls = v.events.length + 2;
    if (size + calls > MAX_SEND_BATCH && current.length > 0) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(v);
    size += calls;
  }
  if (current.length > 0) batches.push(current);
  return batches;
};

/** What the host answered for the calls of one visit. */
export type SentVisit = {
  visit: EndedVisit;
  /** Calls answered `ok: true` (the HTTP acknowledgement): start, event ids, end. */
  accepted: { start: boolean; events: string[]; end: boolean };
  /** `visit:flush` said its end is on disk; null when not asked. */
  durable: boolean | null;
  refusals: string[];
};

/** Sends a batch of visits and records every answer. */
export const sendVisits = async (page: PageClient, visits: readonly EndedVisit[]): Promise<SentVisit[]> => {
  const answers = await page.send(visits.flatMap(visitCalls));
  let i = 0;
  return visits.map((visit) => {
    const sent: SentVisit = { visit, accepted: { start: false, events: [], end: false }, durable: null, refusals: [] };
    const take = () => {
      const answer = answers[i++];
      if (!answer?.ok) sent.refusals.push(answer?.error?.code ?? 'no answer');
      return answer?.ok === true;
    };
    sent.accepted.start = take();
    for (const e of visit.events) if (take()) sent.accepted.events.push(e.id);
    sent.accepted.end = take();
    return sent;
  });
};

/** Asks for the durable acknowledgement of a visit's end (what the renderer does at the end of a visit). */
export const flushVisit = async (page: PageClient, sent: SentVisit): Promise<boolean> => {
  const answer = await page.call('visit:flush', { visitId: sent.visit.start.visitId });
  sent.durable = answer.ok && (answer.value as { durable: boolean }).durable;
  return sent.durable;
};
