import { useCallback } from 'react';
import type { Narration } from '../../electron/shared/content-pack';
import type { NarrationState } from '../audio/narration-audio';
import { useNarrationValue } from './useNarration';

export type NarrationCues = NonNullable<Narration['cues']>;

/** The hotspot cued at `positionMs`, looking `leadMs` ahead so the camera arrives as its name is spoken. */
export const cuedHotspotAt = (cues: NarrationCues, positionMs: number, leadMs: number): string | null => {
  let cued: string | null = null;
  for (const cue of cues) {
    if (cue.atMs > positionMs + leadMs) break; // ascending (the pack validator checks)
    cued = cue.hotspot;
  }
  return cued;
};

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
