import { motion } from 'motion/react';
import type { KeyFigure, LanguageCode } from '../../electron/shared/content-pack';
import { pick } from '../content/localize';
import { riseItem, staggerParent } from '../motion/motion';

type KeyFiguresProps = Readonly<{
  figures: readonly KeyFigure[];
  language: LanguageCode;
  heading: string;
}>;

/** The chapter's key figures, rising in one after another (values exactly as the pack words them). */
export const KeyFigures = ({ figures, language, heading }: KeyFiguresProps) =>
  figures.length === 0 ? null : (
    <section className="key-figures" aria-label={heading}>
      <motion.ul
        className="key-figures__list"
        variants={staggerParent}
        initial="initial"
        animate="enter"
        key={language}
      >
        {figures.map((figure) => (
          <motion.li key={figure.id} className="key-figure" variants={riseItem} data-testid="key-figure">
            <span className="key-figure__value">{pick(figure.value, language)}</span>
            <span className="key-figure__label">{pick(figure.label, language)}</span>
          </motion.li>
        ))}
      </motion.ul>
    </section>
  );
