import { useSyncExternalStore } from 'react';
import { getNarrationState, subscribeNarration, type NarrationState } from '../audio/narration-audio';

/** The narration player's state, re-rendering on every change. */
export const useNarrationState = (): NarrationState => useSyncExternalStore(subscribeNarration, getNarrationState);
