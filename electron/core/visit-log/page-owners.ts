import { KioskFailure } from '../../shared/result';

/** A visit a page left open, to be closed as `interrupted` at its last known moment. */
export type LeftOpen = Readonly<{ visitId: string; at: number }>;

/**
 * Which renderer page load (`CallContext.pageId`, issued by the shell) owns
 * each open visit. A page may only add events to and end its own visits, and
 * its new visit interrupts only its own earlier ones, so four pages (or a
 * stray script next to the kiosk page) cannot end each other's visits.
 * Memory only: after a restart every visit still open was closed at start.
 */
export type PageOwners = Readonly<{
  /** Records a start; returns the page's earlier open visits. Throws `forbidden` when another page owns this visit id. */
  started(visitId: string, pageId: string, at: number): LeftOpen[];
  /** Throws `forbidden` unless `pageId` owns the visit (open, or ended: retries); remembers `at` as its last moment. */
  touch(visitId: string, pageId: string, at: number): void;
  /** The visit ended (after touch). */
  ended(visitId: string): void;
  /** The page is gone (reloaded, replaced): its open visits. */
  gone(pageId: string): LeftOpen[];
}>;

// Ended visits stay (closed) so a retried end or a late event from their own page is still accepted.
type Open = { pageId: string; at: number; closed: boolean };

/** `limit` bounds memory against pages that open visits and vanish; the oldest entries go first. */
export const createPageOwners = (limit = 10_000): PageOwners => {
  const visits = new Map<string, Open>();
  const openOf = (pageId: string): LeftOpen[] =>
    [...visits].filter(([, v]) => v.pageId === pageId && !v.closed).map(([visitId, v]) => ({ visitId, at: v.at }));
  const close = (left: LeftOpen[]) =>
    left.forEach((v) => {
      const owner = visits.get(v.visitId);
      if (owner) owner.closed = true;
    });
  return {
    started(visitId, pageId, at) {
      const owner = visits.get(visitId);
      if (owner && owner.pageId !== pageId) throw new KioskFailure('forbidden', 'visit:start: this visit belongs to another page', 'visitId');
      if (owner) return []; // the same start sent twice (retry): nothing to interrupt
      const left = openOf(pageId);
      close(left);
      visits.set(visitId, { pageId, at, closed: false });
      if (visits.size > limit) visits.delete(visits.keys().next().value ?? '');
      return left;
    },
    touch(visitId, pageId, at) {
      const owner = visits.get(visitId);
      if (!owner || owner.pageId !== pageId) throw new KioskFailure('forbidden', 'not a visit of this page', 'visitId');
      owner.at = Math.max(owner.at, at);
    },
    ended(visitId) {
      const owner = visits.get(visitId);
      if (owner) owner.closed = true;
    },
    gone(pageId) {
      const left = openOf(pageId);
      close(left);
      return left;
    },
  };
};
