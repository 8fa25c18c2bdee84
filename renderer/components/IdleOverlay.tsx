import { motion } from 'motion/react';
import { useEffect, useRef } from 'react';
import { dialogVariants, scrimVariants } from '../motion/motion';
import type { UiStrings } from '../i18n';

type IdleOverlayProps = Readonly<{
  secondsLeft: number;
  strings: UiStrings;
  lang: string;
  onContinue: () => void;
}>;

/** "还在吗？Still there?" with a countdown; any touch (the idle guard listens) keeps the visit. */
export const IdleOverlay = ({ secondsLeft, strings, lang, onContinue }: IdleOverlayProps) => {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <motion.div
      className="dialog-scrim idle-overlay"
      variants={scrimVariants}
      initial="initial"
      animate="enter"
      exit="exit"
      data-testid="idle-overlay"
    >
      <motion.div
        className="dialog idle-overlay__box"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
        lang={lang}
        variants={dialogVariants}
      >
        <h2 id="idle-title" className="idle-overlay__title">
          <span lang="zh-Hans">还在吗？</span> <span lang="en">Still there?</span>
        </h2>
        <p id="idle-body" className="idle-overlay__body">
          {strings.stillThereBody(secondsLeft)}
        </p>
        <p className="idle-overlay__count" aria-hidden="true" data-testid="idle-countdown">
          {secondsLeft}
        </p>
        <button
          ref={button}
          type="button"
          className="chrome-button chrome-button--primary idle-overlay__continue"
          onClick={onContinue}
          data-testid="idle-continue"
        >
          <span className="chrome-button__text">{strings.continueVisit}</span>
        </button>
      </motion.div>
    </motion.div>
  );
};
