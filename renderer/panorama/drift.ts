/**
 * The panorama's drift on its own, as compositor animations: keyframes for
 * every layer, so the slow pan runs without the main thread (no per-frame
 * script, style or commit) and a tap is never queued behind a drift frame.
 * Pure: hooks/panorama-motion/drift-runner.ts turns a plan into element.animate() calls.
 */
import { clampPan, layerShift, type PanGeometry } from './pan-math';

/** Seconds the reference plane takes to drift from one edge to the other. */
export const DRIFT_TRAVERSE_S = 70;

/**
 * The drift moves every layer on one shared clock tick, to whole pixels.
 * Without a GPU each change of any layer redraws the whole screen (≈ 9 ms of
 * compositing); layers stepping a pixel each at their own moments made that
 * every frame, 60 a second, over half a core for as long as the scene drifted.
 * On a 25 Hz tick it is at most 25 redraws a second, and the slow pan looks the
 * same (1–2 px per tick); whole pixels are drawn without resampling.
 */
export const DRIFT_TICK_MS = 40;

export type DriftLeg = Readonly<{
  fromPan: number;
  toPan: number;
  durationMs: number;
  /** Index-aligned with the factors passed in. */
  keyframes: ReadonlyArray<ReadonlyArray<Readonly<{ offset: number; transform: string }>>>;
}>;

/** A layer translation, as keyframes and inline styles write it. */
export const translate = (px: number): string => `translate3d(${px.toFixed(1)}px,0,0)`;

/** Holds a keyframe's value until the next keyframe. */
const HOLD = 'steps(1, jump-end)';

/**
 * A layer's keyframes for one leg: its whole-pixel position at every tick where it
 * changes, held until the next one (steps(1, jump-end)), so it jumps only on ticks.
 */
const tickedKeyframes = (fromPan: number, toPan: number, durationMs: number, factor: number, geometry: PanGeometry) => {
  const ticks = Math.max(1, Math.ceil(durationMs / DRIFT_TICK_MS));
  const frames: Array<{ offset: number; transform: string; easing: string }> = [];
  let last = Number.NaN;
  for (let k = 0; k <= ticks; k++) {
    const offset = Math.min(1, (k * DRIFT_TICK_MS) / Math.max(durationMs, 1));
    const px = Math.round(layerShift(fromPan + (toPan - fromPan) * offset, factor, geometry));
    if (px === last && k < ticks) continue;
    last = px;
    frames.push({ offset: k === ticks ? 1 : offset, transform: translate(px), easing: HOLD });
  }
  return frames;
};

/**
 * The next leg of the drift from `pan` heading `direction` (+1 right, −1 left):
 * to the edge it heads for, turning first when already there.
 */
export const driftLeg = (
  pan: number,
  direction: 1 | -1,
  factors: readonly number[],
  geometry: PanGeometry,
): DriftLeg & { direction: 1 | -1 } => {
  const fromPan = clampPan(pan);
  const heading: 1 | -1 =
    (direction > 0 && fromPan >= 1) || (direction < 0 && fromPan <= 0) ? (-direction as 1 | -1) : direction;
  const toPan = heading > 0 ? 1 : 0;
  const durationMs = Math.abs(toPan - fromPan) * DRIFT_TRAVERSE_S * 1000;
  const keyframes = factors.map((factor) => tickedKeyframes(fromPan, toPan, durationMs, factor, geometry));
  return { fromPan, toPan, durationMs, keyframes, direction: heading };
};

/** Where a leg stands after `elapsedMs`: linear in pan, at the last tick shown (so stopping does not jump). */
export const panAt = (leg: Pick<DriftLeg, 'fromPan' | 'toPan' | 'durationMs'>, elapsedMs: number): number => {
  if (leg.durationMs <= 0) return leg.toPan;
  const shown = Math.floor(Math.max(0, elapsedMs) / DRIFT_TICK_MS) * DRIFT_TICK_MS;
  return leg.fromPan + (leg.toPan - leg.fromPan) * Math.min(1, shown / leg.durationMs);
};
