import type { KioskApi } from '../../electron/shared/api';
import type { ChapterId, LanguageCode } from '../../electron/shared/content-pack';
import { uuidV7 } from './uuid-v7';
import type { VisitEndReason, VisitEvent, VisitEventPayload, VisitEventType } from '../../electron/shared/visit-events';

/** Logs one visit through the contract: fire-and-forget, renderer-made UUIDs, seq from 1. */
export type VisitLog = Readonly<{
  /** Starts a visit (ending any open one as 'interrupted' is the core's job, not ours). */
  start(language: LanguageCode, packId: string, packVersion: string): void;
  /** Logs an event of the open visit; ignored when no visit is open. */
  event<T extends VisitEventType>(type: T, chapter: ChapterId | null, payload: VisitEventPayload<T>): void;
  /** The visitor touched the screen: the visit's engaged time reaches at least now. */
  touch(): void;
  /** Ends the open visit, sending its last interaction so the idle tail is not counted as dwell. */
  end(reason: VisitEndReason): void;
  /** Id of the open visit, or null. */
  visitId(): string | null;
}>;

/**
 * Creates the visit log; `clock` and `uuid` are injectable for tests. Ids are
 * UUID version 7 made from the visit's or event's own time (uuid-v7.ts says why).
 */
export const createVisitLog = (
  api: Pick<KioskApi, 'send'> & Partial<Pick<KioskApi, 'call'>>,
  clock: () => number = () => Date.now(),
  uuid: (ms: number) => string = uuidV7,
): VisitLog => {
  // lastAt: the last touch, or the end of a narration the visitor listened to
  // through (the idle guard counts narration as activity too).
  let visit: { id: string; seq: number; lastAt: number } | null = null;
  return {
    start(language, packId, packVersion) {
      const at = clock();
      visit = { id: uuid(at), seq: 0, lastAt: at };
      api.send('visit:start', {
        visitId: visit.id,
        at,
        language,
        packId,
        packVersion,
      });
    },
    event(type, chapter, payload) {
      if (!visit) return;
      visit.seq += 1;
      const at = clock();
      if (type === 'narration-completed') visit.lastAt = Math.max(visit.lastAt, at);
      const event = {
        id: uuid(at),
        visitId: visit.id,
        seq: visit.seq,
        at,
        chapter,
        type,
        payload,
      } as VisitEvent;
      api.send('visit:event', event);
    },
    touch() {
      if (visit) visit.lastAt = Math.max(visit.lastAt, clock());
    },
    end(reason) {
      if (!visit) return;
      const at = clock();
      // finish / home are the visitor's own tap: engaged to the end. idle / interrupted
      // come from the kiosk: engaged only to the last touch.
      const lastInteractionAt = reason === 'finish' || reason === 'home' ? at : Math.min(visit.lastAt, at);
      const ending = { visitId: visit.id, at, reason, lastInteractionAt };
      api.send('visit:end', ending);
      visit = null;
      // The end of a visit is what statistics count: ask for a durable acknowledgement
      // (after the core's commit) and send the end once more if it did not come (an end is idempotent).
      void api.call?.('visit:flush', { visitId: ending.visitId }).then(
        (answer) => {
          if (!answer.ok || !answer.value.durable) api.send('visit:end', ending);
        },
        () => api.send('visit:end', ending),
      );
    },
    visitId: () => visit?.id ?? null,
  };
};
