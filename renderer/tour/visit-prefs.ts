import { createContext, useContext } from 'react';

/**
 * The visit's reach and motion preferences (tour-state flags) with their
 * toggles, as context: the top bar's toggles and the visit-aware motion hook
 * read them without every screen passing them down.
 */
export type VisitPrefs = Readonly<{
  lowReach: boolean;
  reducedMotion: boolean;
  toggleLowReach: () => void;
  toggleReducedMotion: () => void;
}>;

const NONE: VisitPrefs = {
  lowReach: false,
  reducedMotion: false,
  toggleLowReach: () => undefined,
  toggleReducedMotion: () => undefined,
};

/** Provided by VisitRoot; outside a visit (admin, previews) both are off. */
export const VisitPrefsContext = createContext<VisitPrefs>(NONE);

/** The visit's preferences and toggles. */
export const useVisitPrefs = (): VisitPrefs => useContext(VisitPrefsContext);
