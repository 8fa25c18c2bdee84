import { useRef, type ReactNode } from 'react';
import { useScrollMore } from '../hooks/useScrollMore';
import { Icon } from './Icon';

type ScrollPanelProps = Readonly<{
  /** Grid placement and look of the panel (the wrapper); the scroller inside fills it. */
  className: string;
  scrollerClassName: string;
  /** Visible cue text ("More" / "更多"), shown with the fade while text is below the fold. */
  moreLabel: string;
  labelledBy?: string;
  label?: string;
  children: ReactNode;
}>;

/**
 * A text panel that scrolls (touch, with the browser's own momentum) and says
 * so: while text is below the fold a fade covers its lower edge and a "more"
 * cue sits on it; tapping the cue scrolls most of a panel further.
 */
export const ScrollPanel = ({
  className,
  scrollerClassName,
  moreLabel,
  labelledBy,
  label,
  children,
}: ScrollPanelProps) => {
  const scroller = useRef<HTMLElement>(null);
  const more = useScrollMore(scroller);
  return (
    <div className={`scroll-panel ${className}`} data-more={more || undefined}>
      {/* Focusable so keyboard users can scroll it too. */}
      <section
        ref={scroller}
        className={`scroll-panel__scroller ${scrollerClassName}`}
        data-scrolls="y"
        tabIndex={0}
        aria-labelledby={labelledBy}
        aria-label={label}
      >
        {children}
      </section>
      {more && (
        <button
          type="button"
          className="scroll-panel__more"
          data-testid="scroll-more"
          tabIndex={-1}
          onClick={() => {
            const el = scroller.current;
            el?.scrollBy({ top: el.clientHeight * 0.7, behavior: 'smooth' });
          }}
        >
          <span className="scroll-panel__more-text">{moreLabel}</span>
          <Icon name="down" />
        </button>
      )}
    </div>
  );
};
