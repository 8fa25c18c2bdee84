import type { KeyFigure, LanguageCode } from '../../electron/shared/content-pack';
import { pick } from '../content/localize';
import { ZhText } from './ZhText';
import { rise } from '../motion/rise';

type KeyFiguresProps = Readonly<{
  figures: readonly KeyFigure[];
  language: LanguageCode;
  heading: string;
  /** Stagger position of the first figure among the screen's rise-ins. */
  firstRise: number;
}>;

/** The chapter's key figures, rising in one after another (values exactly as the pack words them). */
export const KeyFigures = ({ figures, language, heading, firstRise }: KeyFiguresProps) =>
  figures.length === 0 ? null : (
    <section className="key-figures" aria-label={heading}>
      <ul className="key-figures__list" key={language}>
        {figures.map((figure, index) => (
          <li key={figure.id} {...rise(firstRise + index, 'key-figure')} data-testid="key-figure">
            <span className="key-figure__value">{pick(figure.value, language)}</span>
            <span className="key-figure__label">
              <ZhText text={pick(figure.label, language)} lang={language} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
