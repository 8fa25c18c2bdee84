import type { Panorama } from '../../electron/shared/content-pack';
import { mediaUrl } from '../content/localize';

type PanoramaStillProps = Readonly<{
  panorama: Panorama;
  mediaBase: string;
  className?: string;
}>;

/**
 * A panorama's layers stacked as one still picture (hub thumbnails, attract
 * slides, end card). Decorative, so each layer is a plain image: the browser
 * draws SVG images sandboxed, with no sanitising and no page elements. Inline
 * (as the chapter's moving panorama is), the hub's 25 layers cost its first
 * frame ~110 ms of style and layout at 1×, and the first taps waited.
 */
export const PanoramaStill = ({ panorama, mediaBase, className }: PanoramaStillProps) => (
  <div className={`panorama-still ${className ?? ''}`} aria-hidden="true">
    {panorama.layers.map((layer) => (
      <div key={layer.file} className="panorama-still__layer" data-src={mediaUrl(mediaBase, layer.file)}>
        <img src={mediaUrl(mediaBase, layer.file)} alt="" draggable={false} decoding="async" />
      </div>
    ))}
  </div>
);
