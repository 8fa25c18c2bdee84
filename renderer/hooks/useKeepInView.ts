import { useEffect, useRef, type RefObject } from 'react';

/** After the visitor's own scroll or touch, the list is left where they put it for this long. */
export const KEEP_IN_VIEW_QUIET_MS = 4000;

/**
 * Keeps the item marked `[aria-current]` inside `list` centred in its
 * scrolling ancestor whenever `index` changes: at once when the view opens,
 * smoothly afterwards, or at once for reduced motion. A visitor reading ahead
 * (touch, wheel, keys on the scroller) is not pulled back for a few seconds.
 * Positions come from layout (offsetTop), so a dialog still scaling in
 * scrolls to the same place as a settled one.
 */
export const useKeepInView = (list: RefObject<HTMLElement | null>, index: number, reduced: boolean): void => {
  const first = useRef(true);
  const touchedAt = useRef(-Infinity);

  useEffect(() => {
    const scroller = list.current?.parentElement;
    if (!scroller) return undefined;
    const touched = () => {
      touchedAt.current = performance.now();
    };
    const events = ['pointerdown', 'wheel', 'keydown'] as const;
    for (const type of events) scroller.addEventListener(type, touched, { passive: true });
    return () => {
      for (const type of events) scroller.removeEventListener(type, touched);
    };
  }, [list]);

  useEffect(() => {
    const scroller = list.current?.parentElement;
    const item = list.current?.querySelector<HTMLElement>('[aria-current]');
    if (!scroller || !item || index < 0) return;
    const opening = first.current;
    first.current = false;
    if (!opening && performance.now() - touchedAt.current < KEEP_IN_VIEW_QUIET_MS) return;
    // offsetTop counts from the scroller (it is the list's positioned parent: transcript.css).
    const top = item.offsetTop - (scroller.clientHeight - item.offsetHeight) / 2;
    scroller.scrollTo({ top: Math.max(0, top), behavior: opening || reduced ? 'instant' : 'smooth' });
  }, [list, index, reduced]);
};
