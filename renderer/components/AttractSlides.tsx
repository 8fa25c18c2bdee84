import { AnimatePresence, motion } from 'motion/react';
import { useEffect, useState } from 'react';
import type { Chapter } from '../../electron/shared/content-pack';
import { useVisitReducedMotion } from '../hooks/useVisitReducedMotion';
import { DURATION } from '../motion/motion';
import { PanoramaStill } from './PanoramaStill';

type AttractSlidesProps = Readonly<{
  chapters: readonly Chapter[];
  mediaBase: string;
  slideSeconds: number;
}>;

/** A whole `transform` (not motion's `x`): motion hands it to the compositor instead of a script loop. */
const pan = (percent: number) => `translateX(${percent}%)`;

/**
 * The attract montage: each chapter's panorama pans slowly (Ken Burns) and crossfades
 * into the next. Translation only: scaling would re-rasterise the SVG layers every frame.
 */
export const AttractSlides = ({ chapters, mediaBase, slideSeconds }: AttractSlidesProps) => {
  const [index, setIndex] = useState(0);
  const reduced = useVisitReducedMotion();
  useEffect(() => {
    const timer = window.setInterval(
      () => setIndex((i) => (i + 1) % Math.max(1, chapters.length)),
      slideSeconds * 1000,
    );
    return () => window.clearInterval(timer);
  }, [chapters.length, slideSeconds]);
  const chapter = chapters[index % chapters.length];
  if (!chapter) return null;
  const leftward = index % 2 === 0;
  return (
    <div className="attract-slides" aria-hidden="true">
      <AnimatePresence initial={false}>
        <motion.div
          key={`${chapter.id}-${index}`}
          className="attract-slides__slide"
          data-testid="attract-slide"
          initial={{ opacity: 0 }}
          animate={{ opacity: 1 }}
          exit={{ opacity: 0 }}
          transition={{ duration: DURATION.crossfade, ease: 'easeInOut' }}
        >
          <motion.div
            className="attract-slides__pan"
            initial={reduced ? false : { transform: pan(leftward ? 0 : -24) }}
            animate={{ transform: pan(reduced ? -12 : leftward ? -24 : 0) }}
            transition={{
              duration: slideSeconds + DURATION.crossfade * 2,
              ease: 'linear',
            }}
          >
            <PanoramaStill panorama={chapter.panorama} mediaBase={mediaBase} />
          </motion.div>
        </motion.div>
      </AnimatePresence>
    </div>
  );
};
