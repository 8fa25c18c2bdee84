/**
 * Drag and fling physics, pure: a velocity estimate from recent pointer samples
 * and an exponentially decaying glide after release.
 */

export type Sample = Readonly<{ x: number; t: number }>;

/** Only samples this recent count towards the release velocity (a finger that stopped has no fling). */
export const VELOCITY_WINDOW_MS = 100;
/** Velocity halves every this many ms during the glide. */
export const GLIDE_HALF_LIFE_MS = 180;
/** Glide stops below this speed (px/ms). */
export const MIN_SPEED = 0.02;
/** Cap on fling speed (px/ms), so a flick does not fly across five screens. */
export const MAX_SPEED = 4;

/** Release velocity in px/ms from the samples of the last VELOCITY_WINDOW_MS before `now`. */
export const releaseVelocity = (samples: readonly Sample[], now: number): number => {
  const recent = samples.filter((sample) => now - sample.t <= VELOCITY_WINDOW_MS);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last || last.t - first.t < 8) return 0;
  const v = (last.x - first.x) / (last.t - first.t);
  return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, v));
};

/** One glide step: distance moved (px) during `dtMs` and the velocity afterwards. */
export const glideStep = (velocity: number, dtMs: number): Readonly<{ dx: number; velocity: number }> => {
  const k = Math.LN2 / GLIDE_HALF_LIFE_MS;
  const decay = Math.exp(-k * dtMs);
  // Exact integral of v·e^(−kt) over the step, so the glide is frame-rate independent.
  const dx = (velocity * (1 - decay)) / k;
  const next = velocity * decay;
  return { dx, velocity: Math.abs(next) < MIN_SPEED ? 0 : next };
};

/** Total distance a glide from `velocity` travels (for tests and for clamping). */
export const glideDistance = (velocity: number): number => (velocity * GLIDE_HALF_LIFE_MS) / Math.LN2;

/** Pointer movement (px) before a press becomes a drag rather than a tap. */
export const DRAG_THRESHOLD_PX = 10;
