import { useReducedMotion } from 'motion/react';
import { useVisitPrefs } from '../tour/visit-prefs';

/**
 * Whether motion is reduced for the visitor on screen now: the OS setting
 * (every visit) or this visit's own "less motion" toggle. Use it wherever
 * Motion's useReducedMotion (OS only) would be used in the tour.
 */
export const useVisitReducedMotion = (): boolean => {
  const os = useReducedMotion() ?? false;
  const { reducedMotion } = useVisitPrefs();
  return os || reducedMotion;
};

/** Whether the OS alone asks for reduced motion (the visit's toggle then has nothing to add). */
export const useOsReducedMotion = (): boolean => useReducedMotion() ?? false;
