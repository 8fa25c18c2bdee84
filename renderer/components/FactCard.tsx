import type { Fact, LanguageCode } from '../../electron/shared/content-pack';
import { htmlLang, isChinese, pick } from '../content/localize';
import type { UiStrings } from '../i18n';
import { Dialog } from './Dialog';
import { ZhText } from './ZhText';

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
    <p className="fact-card__text">
      <ZhText text={pick(fact.text, language)} lang={htmlLang(language)} />
    </p>
    <p className="fact-card__source" data-testid="fact-source">
      {/* The colon of the label's language: full-width after Chinese, ASCII after English. */}
      <span className="fact-card__source-label">
        <span lang="zh-Hans">来源</span> / <span lang="en">Source</span>
        {isChinese(language) ? '：' : ': '}
      </span>
      {/* Stored verbatim as the article prints it; shown set as Chinese (full-width punctuation, no-break runs). */}
      <span lang="zh-Hans">
        <ZhText text={fact.source} lang="zh-Hans" />
      </span>
    </p>
    {strings.sourceNote && (
      <p className="fact-card__source-note" data-testid="fact-source-note">
        {strings.sourceNote}
      </p>
    )}
  </Dialog>
);
