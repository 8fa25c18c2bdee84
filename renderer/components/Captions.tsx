import { AnimatePresence, motion } from 'motion/react';
import { useCallback } from 'react';
import type { NarrationState } from '../audio/narration-audio';
import { cueAt, type Cue } from '../content/vtt';
import { useNarrationValue } from '../hooks/useNarration';
import { ZhText } from './ZhText';
import { captionVariants } from '../motion/motion';

type CaptionsProps = Readonly<{
  cues: readonly Cue[];
  lang: string;
}>;

/**
 * The cue showing now. Not a live region: the narration already speaks it, and
 * screen-reader users would hear everything twice. Follows the narration
 * itself and re-renders only when the cue changes, not on every position tick.
 */
export const Captions = ({ cues, lang }: CaptionsProps) => {
  const cueNow = useCallback((state: NarrationState) => cueAt(cues, state.positionMs), [cues]);
  const cue = useNarrationValue(cueNow);
  return (
    <div className="captions" data-testid="captions" lang={lang}>
      <AnimatePresence mode="wait" initial={false}>
        {cue && (
          <motion.p
            key={cue.startMs}
            className="captions__line"
            data-testid="caption-line"
            variants={captionVariants}
            initial="initial"
            animate="enter"
            exit="exit"
          >
            <ZhText text={cue.text} lang={lang} />
          </motion.p>
        )}
      </AnimatePresence>
    </div>
  );
};
