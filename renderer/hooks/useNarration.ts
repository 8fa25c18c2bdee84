import { useEffect, useState } from 'react';
import { getNarrationState, subscribeNarration, type NarrationState } from '../audio/narration-audio';

/**
 * A value derived from the narration state; re-renders when it changes.
 * Not useSyncExternalStore: the narration changes while a chapter screen
 * renders (it starts then, and ticks four times a second), and React answers
 * a store change during a transition render by redoing the whole new screen
 * synchronously, in one task: 90 ms at 4× CPU, with the next tap waiting. A
 * readout one render behind the audio is harmless.
 */
export const useNarrationValue = <T>(select: (state: NarrationState) => T): T => {
  const [value, setValue] = useState(() => select(getNarrationState()));
  useEffect(() => {
    const update = () => setValue(() => select(getNarrationState()));
    update(); // a change between this render and this effect
    return subscribeNarration(update);
  }, [select]);
  return value;
};
