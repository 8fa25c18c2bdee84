import { MotionConfig } from 'motion/react';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import type { TourActions } from '../hooks/useTour';
import { useVisitReducedMotion } from '../hooks/useVisitReducedMotion';
import type { TourState } from '../tour/tour-state';
import { VisitPrefsContext, useVisitPrefs } from '../tour/visit-prefs';

/** Root classes the tour's CSS follows (styles/low-reach.css, the reduced-motion rules). */
export const LOW_REACH_CLASS = 'visit-low-reach';
export const MOTION_REDUCED_CLASS = 'motion-reduced';

type VisitRootProps = Readonly<{ tour: TourState; actions: TourActions; children: ReactNode }>;

/** Sets the root classes before paint and Motion's config; both follow the OS setting or the visit's toggle. */
const VisitMotion = ({ children }: Readonly<{ children: ReactNode }>) => {
  const reduced = useVisitReducedMotion();
  const { lowReach } = useVisitPrefs();
  useLayoutEffect(() => {
    const root = document.documentElement.classList;
    root.toggle(MOTION_REDUCED_CLASS, reduced);
    root.toggle(LOW_REACH_CLASS, lowReach);
    return () => {
      root.remove(MOTION_REDUCED_CLASS, LOW_REACH_CLASS);
    };
  }, [reduced, lowReach]);
  return <MotionConfig reducedMotion={reduced ? 'always' : 'user'}>{children}</MotionConfig>;
};

/** The tour's root: the visit's reach and motion preferences for everything under it. */
export const VisitRoot = ({ tour, actions, children }: VisitRootProps) => {
  const prefs = useMemo(
    () => ({
      lowReach: tour.lowReach,
      reducedMotion: tour.reducedMotion,
      toggleLowReach: actions.toggleLowReach,
      toggleReducedMotion: actions.toggleReducedMotion,
    }),
    [tour.lowReach, tour.reducedMotion, actions],
  );
  return (
    <VisitPrefsContext value={prefs}>
      <VisitMotion>{children}</VisitMotion>
    </VisitPrefsContext>
  );
};
