import type { RefObject } from 'react';
import { layerShift, type PanGeometry } from '../../panorama/pan-math';
import { translate } from '../../panorama/drift';

export type PanoramaMotionOptions = Readonly<{
  geometry: PanGeometry;
  /** Speed factor of each layer (index-aligned with `layers`); the hotspot plane uses 1. */
  factors: readonly number[];
  /** Drift on its own and glide after a fling (off for reduced motion: a still frame instead). */
  animate: boolean;
  onDragEnd: (distancePx: number, durationMs: number) => void;
  /**
   * The hotspot plane's shift (px) whenever it settles or is written: every drag move, a glide
   * step, a jump, and once a second while drifting (a timer, not a frame callback).
   */
  onPlaneShift?: (shiftPx: number) => void;
}>;

/** One layer's keyframes, as drift.ts and cue-glide.ts plan them. */
type LayerKeyframes = ReadonlyArray<Readonly<{ offset: number; transform: string }>>;

/**
 * What the drift, the drag and the cue follower share: where the camera stands and
 * what holds it still. Each of them moves the same layers, so they write through here.
 */
export type PanoramaCamera = {
  /** Where the camera stands: 0 at the left edge, 1 at the right. */
  pan: number;
  /** Speed of the inertial glide after a fling; 0 whenever that glide is not running. */
  velocity: number;
  /** The first finger is down on the stage (from its press to its release). */
  pressed: boolean;
  readonly options: () => PanoramaMotionOptions;
  /** Layer factors as the elements line up: the layers, then 1 for the hotspot plane. */
  readonly factors: () => number[];
  /** Writes every layer's transform for `pan`, and reports the plane's shift. */
  readonly write: () => void;
  /** Writes every layer again: after a compositor animation is cancelled the inline transforms are stale. */
  readonly rewrite: () => void;
  /** Plays one linear compositor animation per element (keyframes index-aligned with `factors`). */
  readonly play: (keyframes: ReadonlyArray<LayerKeyframes | undefined>, durationMs: number) => Animation[];
};

export const createCamera = (
  layers: RefObject<Array<HTMLElement | null>>,
  plane: RefObject<HTMLElement | null>,
  options: Readonly<{ current: PanoramaMotionOptions }>,
): PanoramaCamera => {
  // Last whole-pixel shift written per element (index `layers.length` is the hotspot plane).
  const written: number[] = [];
  const elements = () => [...layers.current, plane.current];
  const factors = () => [...options.current.factors.slice(0, layers.current.length), 1];

  const place = (target: HTMLElement | null | undefined, index: number, shift: number) => {
    // Whole pixels: a fractional still frame makes the compositor resample the layer.
    const px = Math.round(shift);
    if (!target || written[index] === px) return;
    written[index] = px;
    target.style.transform = translate(px);
  };

  const camera: PanoramaCamera = {
    pan: 0.5,
    velocity: 0,
    pressed: false,
    options: () => options.current,
    factors,
    write: () => {
      const { geometry } = options.current;
      const layerFactors = factors();
      elements().forEach((target, i) => place(target, i, layerShift(camera.pan, layerFactors[i] ?? 1, geometry)));
      options.current.onPlaneShift?.(layerShift(camera.pan, 1, geometry));
    },
    rewrite: () => {
      written.length = 0;
      camera.write();
    },
    play: (keyframes, durationMs) =>
      elements().flatMap((target, i) => {
        const layerKeyframes = keyframes[i];
        return target && layerKeyframes
          ? [target.animate([...layerKeyframes], { duration: durationMs, easing: 'linear', fill: 'forwards' })]
          : [];
      }),
  };
  return camera;
};
