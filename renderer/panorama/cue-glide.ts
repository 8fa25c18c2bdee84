/**
 * The camera's glide to a place the narration names (issue 19, item 1), as compositor
 * animations: keyframes for every layer, played by element.animate(), so the glide costs the
 * main thread nothing per frame. Pure: hooks/panorama-motion/cue-run.ts plays the plan.
 */
import type { Narration } from '../../electron/shared/content-pack';
import { clampPan, layerShift, panRange, type PanGeometry } from './pan-math';
import { translate } from './drift';

/** How long the glide to a cued place takes: quick enough to arrive with the words, slow enough to follow by eye. */
export const CUE_GLIDE_MS = 600;
/**
 * The narration reports its position every 250 ms, and while a chapter opens its first render
 * and frames can lag by a few hundred ms: the camera acts this much ahead of a cue's time.
 */
const REPORT_SLACK_MS = 400;
/**
 * How long before a cue's time the camera sets off, so the place is in view as its name is
 * spoken (the caption appears with it): a glide sets off its own length earlier than a jump.
 */
export const cueLeadMs = (animate: boolean): number => REPORT_SLACK_MS + (animate ? CUE_GLIDE_MS : 0);
/**
 * The visitor drives: after a drag or tap on the panorama the camera stops following the
 * narration until the panorama has been left alone this long (docs/tour-performance.md).
 */
export const CAMERA_QUIET_MS = 8_000;
/**
 * A tap anywhere (a button, a toggle, the next chapter) holds a glide back this long. Without a
 * GPU a glide redraws the whole stage every frame, and a tap answered during one waited up to
 * twice as long for its frame (bench:ui); while a visitor taps on, the camera waits and then
 * catches up with the narration.
 */
export const CAMERA_TAP_HOLD_MS = 1_500;

/** Samples of the ease-in-out curve: the compositor interpolates linearly between them. */
const SAMPLES = 12;
/** Smoothstep: starts and stops gently, like a hand-held camera. */
const ease = (t: number): number => t * t * (3 - 2 * t);

export type CueGlide = Readonly<{
  fromPan: number;
  toPan: number;
  /** Index-aligned with the factors passed in. */
  keyframes: ReadonlyArray<ReadonlyArray<Readonly<{ offset: number; transform: string }>>>;
}>;

/** The pan that brings a point `x` px across the hotspot plane to the middle of the stage (clamped to the edges). */
export const panCentring = (x: number, geometry: PanGeometry): number => {
  const range = panRange(geometry);
  return range > 0 ? clampPan((x - geometry.stageWidth / 2) / range) : 0.5;
};

/** Keyframes of every layer for a glide from one pan to another. */
export const cueGlide = (fromPan: number, toPan: number, factors: readonly number[], geometry: PanGeometry): CueGlide => ({
  fromPan,
  toPan,
  keyframes: factors.map((factor) =>
    Array.from({ length: SAMPLES + 1 }, (_, k) => {
      const offset = k / SAMPLES;
      return { offset, transform: translate(layerShift(fromPan + (toPan - fromPan) * ease(offset), factor, geometry)) };
    }),
  ),
});

/** Where a glide stands after `elapsedMs` (a finger that stops it takes the scene from there). */
export const cueGlidePanAt = (glide: Pick<CueGlide, 'fromPan' | 'toPan'>, elapsedMs: number): number =>
  glide.fromPan + (glide.toPan - glide.fromPan) * ease(Math.min(1, Math.max(0, elapsedMs / CUE_GLIDE_MS)));

export type NarrationCues = NonNullable<Narration['cues']>;

/** The hotspot cued at `positionMs`, looking `leadMs` ahead so the camera arrives as its name is spoken. */
export const cuedHotspotAt = (cues: NarrationCues, positionMs: number, leadMs: number): string | null => {
  let cued: string | null = null;
  for (const cue of cues) {
    if (cue.atMs > positionMs + leadMs) break; // ascending (the pack validator checks)
    cued = cue.hotspot;
  }
  return cued;
};
