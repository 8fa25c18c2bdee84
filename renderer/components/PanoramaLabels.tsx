import type { LanguageCode, PanoramaLabel } from '../../electron/shared/content-pack';
import { htmlLang, pick } from '../content/localize';
import { ZhText } from './ZhText';

type PanoramaLabelsProps = Readonly<{ labels: readonly PanoramaLabel[]; language: LanguageCode }>;

/**
 * The pack's names on the art (the radiation map's cities), as real text: the SVG
 * allow-list drops <text>, and HTML text is what ZhText sets and a screen reader reads.
 * Mounted on the panorama's hotspot plane, which moves with the reference layer the
 * map is drawn on; x, y are fractions of that plane (the label's top centre).
 */
export const PanoramaLabels = ({ labels, language }: PanoramaLabelsProps) => {
  const lang = htmlLang(language);
  return labels.map((label) => (
    <span
      key={label.id}
      className="panorama-label"
      lang={lang}
      style={{ left: `${label.x * 100}%`, top: `${label.y * 100}%` }}
      data-testid={`panorama-label-${label.id}`}
    >
      <ZhText text={pick(label.text, language)} lang={lang} />
    </span>
  ));
};
