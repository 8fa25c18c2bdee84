import { useEffect, useSyncExternalStore } from 'react';
import {
  getNarrationState,
  playNarration,
  stopNarration,
  subscribeNarration,
  type NarrationState,
} from '../audio/narration-audio';

/** The narration player's state, re-rendering on every change. */
export const useNarrationState = (): NarrationState => useSyncExternalStore(subscribeNarration, getNarrationState);

/** Plays `src` while the calling screen is shown (and again whenever `src` changes, e.g. a language switch). */
export const useNarrationOnEntry = (src: string | null): void => {
  useEffect(() => {
    if (!src) return undefined;
    playNarration(src);
    return () => stopNarration();
  }, [src]);
};
