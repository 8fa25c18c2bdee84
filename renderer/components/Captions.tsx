import { AnimatePresence, motion } from 'motion/react';
import { cueAt, type Cue } from '../content/vtt';
import { captionVariants } from '../motion/motion';

type CaptionsProps = Readonly<{
  cues: readonly Cue[];
  positionMs: number;
  lang: string;
}>;

/**
 * The cue showing now. Not a live region: the narration already speaks it, and
 * screen-reader users would hear everything twice.
 */
export const Captions = ({ cues, positionMs, lang }: CaptionsProps) => {
  const cue = cueAt(cues, positionMs);
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
            {cue.text}
          </motion.p>
        )}
      </AnimatePresence>
    </div>
  );
};
