import { createContext } from 'react';
import type { Terminology } from '../../electron/shared/pack-terminology';

/**
 * The terminology table of the pack on screen (the active pack, or the staged one in
 * the admin preview), for ZhText's line breaks. ScreenStage provides it; outside a
 * stage, or for a pack without a table, only dates and numbers are kept whole.
 */
export const PackTerminology = createContext<Terminology | undefined>(undefined);
