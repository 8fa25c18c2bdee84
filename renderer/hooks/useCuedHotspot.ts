import { useCallback } from 'react';
import type { NarrationState } from '../audio/narration-audio';
import { cuedHotspotAt, type NarrationCues } from '../panorama/cue-glide';
import { useNarrationValue } from './useNarration';

/**
 * The hotspot the narration `src` is speaking about, while it plays or is paused (null before
 * its first cue, once it has ended, or while another narration plays). Re-renders only when it changes.
 */
export const useCuedHotspot = (cues: NarrationCues | undefined, src: string | null, leadMs: number): string | null => {
  const select = useCallback(
    (state: NarrationState) =>
      cues && src !== null && state.src === src && (state.status === 'playing' || state.status === 'paused')
        ? cuedHotspotAt(cues, state.positionMs, leadMs)
        : null,
    [cues, src, leadMs],
  );
  return useNarrationValue(select);
};
