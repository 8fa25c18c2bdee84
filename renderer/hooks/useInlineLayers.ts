import { useEffect, type RefObject } from 'react';
import type { Panorama } from '../../electron/shared/content-pack';
import { mediaUrl } from '../content/localize';
import { loadLayerSvg } from '../panorama/inline-svg';

/**
 * Puts each layer's art into its element once loaded: inline SVG
 * (inline-svg.ts says why); raster layers, and SVG the sanitiser refused, as
 * a plain image (the browser draws those sandboxed).
 */
export const useInlineLayers = (
  layers: RefObject<Array<HTMLDivElement | null>>,
  panorama: Panorama,
  mediaBase: string,
) => {
  useEffect(() => {
    let live = true;
    panorama.layers.forEach((layer, i) => {
      const url = mediaUrl(mediaBase, layer.file);
      const art = /\.svg$/i.test(layer.file) ? loadLayerSvg(url) : Promise.resolve(null);
      void art.then((template) => {
        const target = layers.current[i];
        if (!live || !target) return;
        target.replaceChildren(template ? inlineCopy(template) : pictureOf(url));
      });
    });
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
