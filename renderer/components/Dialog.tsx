import { motion } from 'motion/react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { dialogVariants, scrimVariants } from '../motion/motion';
import { Icon } from './Icon';

type DialogProps = Readonly<{
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  lang?: string;
  className?: string;
}>;

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * Modal dialog: focus moves into it, Tab stays inside, Escape or a tap on the
 * scrim closes it, and focus returns to whatever opened it.
 */
export const Dialog = ({ title, closeLabel, onClose, children, testId, lang, className }: DialogProps) => {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>('.dialog__close')?.focus();
    const keys = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
      if (event.key !== 'Tab' || !box.current) return;
      const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', keys);
    return () => {
      document.removeEventListener('keydown', keys);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <motion.div
      className="dialog-scrim"
      variants={scrimVariants}
      initial="initial"
      animate="enter"
      exit="exit"
      onClick={() => onClose()}
    >
      <motion.div
        ref={box}
        className={`dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        lang={lang}
        variants={dialogVariants}
        onClick={(event) => event.stopPropagation()}
      >
        <div className="dialog__head">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button
            type="button"
            className="dialog__close chrome-button chrome-button--icon"
            aria-label={closeLabel}
            onClick={() => onClose()}
            data-testid="dialog-close"
          >
            <Icon name="close" />
          </button>
        </div>
        <div className="dialog__body" data-scrolls="y" tabIndex={0}>
          {children}
        </div>
      </motion.div>
    </motion.div>
  );
};
