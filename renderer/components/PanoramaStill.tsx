import { useRef } from 'react';
import type { Panorama } from '../../electron/shared/content-pack';
import { mediaUrl } from '../content/localize';
import { useInlineLayers } from '../hooks/useInlineLayers';

type PanoramaStillProps = Readonly<{
  panorama: Panorama;
  mediaBase: string;
  className?: string;
}>;

/** A panorama's layers stacked as one still picture (thumbnails, attract slides). Decorative. */
export const PanoramaStill = ({ panorama, mediaBase, className }: PanoramaStillProps) => {
  const layers = useRef<Array<HTMLDivElement | null>>([]);
  useInlineLayers(layers, panorama, mediaBase);
  return (
    <div className={`panorama-still ${className ?? ''}`} aria-hidden="true">
      {panorama.layers.map((layer, i) => (
        <div
          key={layer.file}
          ref={(el) => {
            layers.current[i] = el;
          }}
          className="panorama-still__layer"
          data-src={mediaUrl(mediaBase, layer.file)}
        />
      ))}
    </div>
  );
};
