import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Hotspot, Narration, Panorama as PanoramaData } from '../../electron/shared/content-pack';
import { mediaUrl } from '../content/localize';
import { useCuedHotspot } from '../hooks/useCuedHotspot';
import { cueLeadMs } from '../panorama/cue-glide';
import { useElementSize } from '../hooks/useElementSize';
import { useInlineLayers } from '../hooks/useInlineLayers';
import { useVisitReducedMotion } from '../hooks/useVisitReducedMotion';
import { usePanoramaMotion } from '../hooks/usePanoramaMotion';
import { markerX, NONE_OFF_SCREEN, offScreen, sameOffScreen, type OffScreen } from '../panorama/marker-place';
import { depthFactor, referenceDepth } from '../panorama/pan-math';
import { rememberStageSize, rememberedStageSize } from '../panorama/stage-size';
import { HotspotMarker } from './HotspotMarker';
import { PanoramaEdges } from './PanoramaEdges';

type PanoramaProps = Readonly<{
  panorama: PanoramaData;
  hotspots: readonly Hotspot[];
  mediaBase: string;
  /** Accessible description of the scene (the pack's alt text). */
  alt: string;
  hotspotLabel: (hotspot: Hotspot) => string;
  onHotspot: (hotspot: Hotspot) => void;
  onDragged: (distancePx: number, durationMs: number) => void;
  /** Name of an edge arrow: `count` markers out of view that way. */
  edgeLabel: (count: number) => string;
  /** Drawn on the hotspot plane, moving with the reference layer (names on the art); placed in % of the plane. */
  children?: ReactNode;
  /** This chapter's narration in the visitor's language: its cues lead the camera while it plays. */
  narration?: Narration;
}>;

/**
 * Layered parallax panorama: every layer scaled to the stage height, drifting
 * slowly and draggable with inertia; hotspots ride on the reference ("mid") layer,
 * and arrows at its sides count the ones out of view. While the narration plays, the
 * camera goes to the place it speaks about and that marker glows.
 */
export const Panorama = ({
  panorama,
  hotspots,
  mediaBase,
  alt,
  hotspotLabel,
  onHotspot,
  onDragged,
  edgeLabel,
  children,
  narration,
}: PanoramaProps) => {
  const stage = useRef<HTMLDivElement>(null);
  const layers = useRef<Array<HTMLDivElement | null>>([]);
  const plane = useRef<HTMLDivElement>(null);
  const size = useElementSize(stage, rememberedStageSize());
  useEffect(() => rememberStageSize(size), [size]);
  const reduced = useVisitReducedMotion();
  const scale = size.height / panorama.height;
  const fullWidth = Math.round(panorama.width * scale);
  const reference = referenceDepth(panorama.layers);
  const xs = useMemo(() => hotspots.map((hotspot) => markerX(hotspot.x, fullWidth)), [hotspots, fullWidth]);
  const [outOfView, setOutOfView] = useState<OffScreen>(NONE_OFF_SCREEN);
  // Called as the plane moves (see usePanoramaMotion); renders only when a marker changes side.
  const onPlaneShift = useCallback(
    (shift: number) => {
      const next = offScreen(xs, shift, size.width);
      setOutOfView((previous) => (sameOffScreen(previous, next) ? previous : next));
    },
    [xs, size.width],
  );
  const options = useMemo(
    () => ({
      geometry: { fullWidth, stageWidth: size.width },
      factors: panorama.layers.map((layer) => depthFactor(layer.depth, reference)),
      animate: !reduced,
      onDragEnd: onDragged,
      onPlaneShift,
    }),
    [fullWidth, size.width, panorama.layers, reference, reduced, onDragged, onPlaneShift],
  );
  const narrationSrc = narration ? mediaUrl(mediaBase, narration.audio) : null;
  const cued = useCuedHotspot(narration?.cues, narrationSrc, cueLeadMs(!reduced));
  const cuedIndex = hotspots.findIndex((hotspot) => hotspot.id === cued);
  usePanoramaMotion(stage, layers, plane, options, cuedIndex >= 0 ? (xs[cuedIndex] ?? null) : null);
  const counted = new Set([...outOfView.left, ...outOfView.right]);
  useInlineLayers(layers, panorama, mediaBase);

  return (
    <div ref={stage} className="panorama" data-scrolls="x" role="group" aria-label={alt} data-testid="panorama">
      {panorama.layers.map((layer, i) => (
        <div
          key={layer.file}
          ref={(el) => {
            layers.current[i] = el;
          }}
          className="panorama__layer"
          data-src={mediaUrl(mediaBase, layer.file)}
          aria-hidden="true"
          data-testid="panorama-layer"
          data-layer={layer.name}
          data-depth={layer.depth}
          style={{ width: fullWidth, height: size.height }}
        />
      ))}
      <div ref={plane} className="panorama__plane" style={{ width: fullWidth, height: size.height }}>
        {children}
        {size.height > 0 &&
          hotspots.map((hotspot, i) => (
            <HotspotMarker
              key={hotspot.id}
              left={xs[i] ?? 0}
              top={hotspot.y * size.height}
              number={i + 1}
              atEdge={counted.has(xs[i] ?? 0)}
              glow={hotspot.id === cued ? (reduced ? 'still' : 'pulse') : 'none'}
              label={hotspotLabel(hotspot)}
              testId={`hotspot-${hotspot.id}`}
              onOpen={() => onHotspot(hotspot)}
            />
          ))}
      </div>
      {size.height > 0 && <PanoramaEdges offScreen={outOfView} stage={stage} label={edgeLabel} />}
    </div>
  );
};
