import type { Panorama } from '../../electron/shared/content-pack';
import { mediaUrl } from '../content/localize';

type PanoramaStillProps = Readonly<{
  panorama: Panorama;
  mediaBase: string;
  className?: string;
}>;

/** A panorama's layers stacked as one still picture (thumbnails, attract slides). Decorative. */
export const PanoramaStill = ({ panorama, mediaBase, className }: PanoramaStillProps) => (
  <div className={`panorama-still ${className ?? ''}`} aria-hidden="true">
    {panorama.layers.map((layer) => (
      <img
        key={layer.file}
        className="panorama-still__layer"
        src={mediaUrl(mediaBase, layer.file)}
        alt=""
        draggable={false}
        decoding="async"
      />
    ))}
  </div>
);
