import type { Fact, LanguageCode } from '../../electron/shared/content-pack';
import { htmlLang, pick } from '../content/localize';
import type { UiStrings } from '../i18n';
import { Dialog } from './Dialog';

type FactCardProps = Readonly<{
  fact: Fact;
  language: LanguageCode;
  strings: UiStrings;
  onClose: () => void;
}>;

/** A hotspot's fact: title, text and the seed phrase it rests on ("来源 / Source"). */
export const FactCard = ({ fact, language, strings, onClose }: FactCardProps) => (
  <Dialog
    title={pick(fact.title, language)}
    closeLabel={strings.close}
    onClose={onClose}
    testId="fact-card"
    lang={htmlLang(language)}
    className="fact-card"
  >
    <p className="fact-card__text">{pick(fact.text, language)}</p>
    <p className="fact-card__source" data-testid="fact-source">
      <span className="fact-card__source-label">
        <span lang="zh-Hans">来源</span> / <span lang="en">Source</span>:
      </span>{' '}
      <span lang="zh-Hans">{fact.source}</span>
    </p>
  </Dialog>
);
