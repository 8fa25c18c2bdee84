import { useEffect, type RefObject } from 'react';
import type { Panorama } from '../../electron/shared/content-pack';
import { afterNextPaint } from '../api/after-paint';
import { mediaUrl } from '../content/localize';
import { loadLayerSvg } from '../panorama/inline-svg';

/**
 * Puts each layer's art into its element: inline SVG (inline-svg.ts says why);
 * raster layers, and SVG the sanitiser refused, as a plain image (the browser
 * draws those sandboxed). One layer per frame, back to front, starting after
 * the chapter's own first frame: without a GPU a layer's first raster takes
 * 10–40 ms, and all five at once held every frame asked for meanwhile (the
 * entrance's) for 100–200 ms.
 */
export const useInlineLayers = (
  layers: RefObject<Array<HTMLDivElement | null>>,
  panorama: Panorama,
  mediaBase: string,
) => {
  useEffect(() => {
    let live = true;
    const placeFrom = (index: number) => {
      const layer = panorama.layers[index];
      if (!live || !layer) return;
      const url = mediaUrl(mediaBase, layer.file);
      const art = /\.svg$/i.test(layer.file) ? loadLayerSvg(url) : Promise.resolve(null);
      void art.then((template) => {
        const target = layers.current[index];
        if (!live) return;
        target?.replaceChildren(template ? inlineCopy(template) : pictureOf(url));
        afterNextPaint(() => placeFrom(index + 1));
      });
    };
    afterNextPaint(() => placeFrom(0));
    return () => {
      live = false;
    };
  }, [layers, panorama, mediaBase]);
};

const inlineCopy = (template: SVGSVGElement): SVGSVGElement => {
  const art = template.cloneNode(true) as SVGSVGElement;
  art.setAttribute('width', '100%');
  art.setAttribute('height', '100%');
  art.setAttribute('focusable', 'false');
  return art;
};

const pictureOf = (url: string): HTMLImageElement => {
  const img = document.createElement('img');
  img.src = url;
  img.alt = '';
  img.draggable = false;
  img.decoding = 'async';
  return img;
};
