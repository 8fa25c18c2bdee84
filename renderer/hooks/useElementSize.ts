import { startTransition, useEffect, useState, type RefObject } from 'react';

export type Size = Readonly<{ width: number; height: number }>;

/** Before the first measurement. */
export const NO_SIZE: Size = { width: 0, height: 0 };

/**
 * The element's content-box size, kept current with a ResizeObserver (rotation,
 * large text). Only the observer measures: it reports after the browser's own
 * layout, where reading the size on mount forced a layout in the middle of a
 * chapter change. Until then the size is `initial` (a guess the observer
 * corrects; by default 0 × 0, the screen veil still covering it).
 */
export const useElementSize = (ref: RefObject<HTMLElement | null>, initial: Size = NO_SIZE): Size => {
  const [size, setSize] = useState<Size>(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentBoxSize[0];
      if (!box) return;
      const width = Math.round(box.inlineSize);
      const height = Math.round(box.blockSize);
      // A transition: the panorama's first sized render, sliced, not one task in the chapter's entrance.
      startTransition(() =>
        setSize((previous) => (previous.width === width && previous.height === height ? previous : { width, height })),
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
};
