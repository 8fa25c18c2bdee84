import type { Hotspot, LanguageCode } from '../../electron/shared/content-pack';
import { htmlLang, pick } from '../content/localize';
import type { UiStrings } from '../i18n';
import { Dialog } from './Dialog';

type FactsListProps = Readonly<{
  hotspots: readonly Hotspot[];
  language: LanguageCode;
  strings: UiStrings;
  onOpen: (hotspot: Hotspot) => void;
  onClose: () => void;
}>;

/** Every hotspot of the chapter as a plain list: the panorama is not accessible on its own. */
export const FactsList = ({ hotspots, language, strings, onOpen, onClose }: FactsListProps) => (
  <Dialog
    title={strings.factsListHeading}
    closeLabel={strings.close}
    onClose={onClose}
    testId="facts-list"
    lang={htmlLang(language)}
    className="facts-list"
  >
    <ol className="facts-list__items">
      {hotspots.map((hotspot, index) => (
        <li key={hotspot.id}>
          <button
            type="button"
            className="facts-list__item"
            data-testid={`facts-list-item-${hotspot.id}`}
            onClick={() => onOpen(hotspot)}
          >
            <span className="facts-list__number" aria-hidden="true">
              {String(index + 1).padStart(2, '0')}
            </span>
            <span className="facts-list__title">{pick(hotspot.fact.title, language)}</span>
          </button>
        </li>
      ))}
    </ol>
  </Dialog>
);
