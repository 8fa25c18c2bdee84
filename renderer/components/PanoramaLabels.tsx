import { useEffect, useRef } from 'react';
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
  const spans = useRef<Array<HTMLSpanElement | null>>([]);
  useHideCutLabels(spans, labels.length);
  const lang = htmlLang(language);
  return labels.map((label, i) => (
    <span
      key={label.id}
      ref={(el) => {
        spans.current[i] = el;
      }}
      className="panorama-label"
      lang={lang}
      style={{ left: `${label.x * 100}%`, top: `${label.y * 100}%` }}
      data-testid={`panorama-label-${label.id}`}
    >
      <ZhText text={pick(label.text, language)} lang={lang} />
    </span>
  ));
};

/**
 * A name the scene's edge cuts (“…ng”, “…市”) reads as a broken word: it is hidden until
 * the scene shows it whole. The browser reports the crossings (no per-frame work of ours).
 */
const useHideCutLabels = (spans: Readonly<{ current: Array<HTMLSpanElement | null> }>, count: number) => {
  useEffect(() => {
    const first = spans.current.find((el) => el);
    const root = first?.closest('.panorama');
    if (!first || !root) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) entry.target.classList.toggle('panorama-label--cut', entry.intersectionRatio < 0.99);
      },
      { root, threshold: [0.99] },
    );
    for (const el of spans.current.slice(0, count)) if (el) observer.observe(el);
    return () => observer.disconnect();
  }, [spans, count]);
};
