import type { Chapter, LanguageCode } from '../../electron/shared/content-pack';
import { pick } from '../content/localize';
import { rise } from '../motion/rise';
import { ZhText } from './ZhText';
import { PanoramaStill } from './PanoramaStill';

type HubTileProps = Readonly<{
  chapter: Chapter;
  index: number;
  language: LanguageCode;
  mediaBase: string;
  onOpen: () => void;
}>;

/** One chapter on the hub: number, keyword, theme and summary over its panorama (with a scrim). */
export const HubTile = ({ chapter, index, language, mediaBase, onOpen }: HubTileProps) => (
  <li {...rise(index, 'hub-tile-item')}>
    <button type="button" className="hub-tile" onClick={onOpen} data-testid={`hub-tile-${chapter.id}`}>
      <PanoramaStill panorama={chapter.panorama} mediaBase={mediaBase} className="hub-tile__art" />
      <span className="hub-tile__scrim" aria-hidden="true" />
      <span className="hub-tile__number" aria-hidden="true">
        {String(index + 1).padStart(2, '0')}
      </span>
      <span className="hub-tile__keyword">{pick(chapter.keyword, language)}</span>
      <span className="hub-tile__theme">{pick(chapter.theme, language)}</span>
      <span className="hub-tile__summary">
        <ZhText text={pick(chapter.summary, language)} lang={language} />
      </span>
    </button>
  </li>
);
