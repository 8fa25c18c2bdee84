import { useEffect, useState, type RefObject } from 'react';

/** Text left below the fold (px) before the panel says there is more: less is a descender, not a line. */
const SLACK_PX = 8;

/**
 * Whether the scrolling element has text below its visible part. Measured on
 * scroll and on resize (rotation, large text, a new chapter's text) only, never
 * per frame; the state changes, and React renders, only when the answer flips.
 */
export const useScrollMore = (ref: RefObject<HTMLElement | null>): boolean => {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setMore(el.scrollHeight - el.scrollTop - el.clientHeight > SLACK_PX);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [ref]);
  return more;
};
