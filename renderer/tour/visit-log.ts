import type { KioskApi } from '../../electron/shared/api';
import type { ChapterId, LanguageCode } from '../../electron/shared/content-pack';
import type { VisitEndReason, VisitEvent, VisitEventPayload, VisitEventType } from '../../electron/shared/visit-events';

/** Logs one visit through the contract: fire-and-forget, renderer-made UUIDs, seq from 1. */
export type VisitLog = Readonly<{
  /** Starts a visit (ending any open one as 'interrupted' is the core's job, not ours). */
  start(language: LanguageCode, packId: string, packVersion: string): void;
  /** Logs an event of the open visit; ignored when no visit is open. */
  event<T extends VisitEventType>(type: T, chapter: ChapterId | null, payload: VisitEventPayload<T>): void;
  /** Ends the open visit. */
  end(reason: VisitEndReason): void;
  /** Id of the open visit, or null. */
  visitId(): string | null;
}>;

/** Creates the visit log; `clock` and `uuid` are injectable for tests. */
export const createVisitLog = (
  api: Pick<KioskApi, 'send'>,
  clock: () => number = () => Date.now(),
  uuid: () => string = () => crypto.randomUUID(),
): VisitLog => {
  let visit: { id: string; seq: number } | null = null;
  return {
    start(language, packId, packVersion) {
      visit = { id: uuid(), seq: 0 };
      api.send('visit:start', {
        visitId: visit.id,
        at: clock(),
        language,
        packId,
        packVersion,
      });
    },
    event(type, chapter, payload) {
      if (!visit) return;
      visit.seq += 1;
      const event = {
        id: uuid(),
        visitId: visit.id,
        seq: visit.seq,
        at: clock(),
        chapter,
        type,
        payload,
      } as VisitEvent;
      api.send('visit:event', event);
    },
    end(reason) {
      if (!visit) return;
      api.send('visit:end', { visitId: visit.id, at: clock(), reason });
      visit = null;
    },
    visitId: () => visit?.id ?? null,
  };
};
