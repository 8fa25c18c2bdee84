import { useEffect, type RefObject } from 'react';
import type { Panorama } from '../../electron/shared/content-pack';
import { mediaUrl } from '../content/localize';
import { loadLayerSvg } from '../panorama/inline-svg';

/** Puts each layer's art into its element as inline SVG (inline-svg.ts says why), once loaded. */
export const useInlineLayers = (
  layers: RefObject<Array<HTMLDivElement | null>>,
  panorama: Panorama,
  mediaBase: string,
) => {
  useEffect(() => {
    let live = true;
    panorama.layers.forEach((layer, i) => {
      void loadLayerSvg(mediaUrl(mediaBase, layer.file)).then((template) => {
        const target = layers.current[i];
        if (!live || !template || !target) return;
        const art = template.cloneNode(true) as SVGSVGElement;
        art.setAttribute('width', '100%');
        art.setAttribute('height', '100%');
        art.setAttribute('focusable', 'false');
        target.replaceChildren(art);
      });
    });
    return () => {
      live = false;
    };
  }, [layers, panorama, mediaBase]);
};
