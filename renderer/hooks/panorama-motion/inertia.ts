import { clampPan, panDelta } from '../../panorama/pan-math';
import { glideStep } from '../../panorama/drag-inertia';
import type { PanoramaCamera } from './camera';
import type { DriftRunner } from './drift-runner';

export type Inertia = Readonly<{
  /** Glides on from `camera.velocity` (set by the release) until friction or an edge stops it. */
  start: () => void;
  /** Stops the glide at once (a finger, a cue or a centring takes the camera). */
  stop: () => void;
  /** Unmount: cancels the pending frame. */
  dispose: () => void;
}>;

/**
 * The glide after a fling: whole-pixel writes from one requestAnimationFrame loop that
 * runs only while gliding (so an idle scene costs no frames); then it rests as after a drag.
 */
export const createInertia = (camera: PanoramaCamera, drift: DriftRunner): Inertia => {
  let frame = 0;
  let last = 0;

  const glide = (now: number) => {
    const dt = Math.min(64, now - last);
    last = now;
    const step = glideStep(camera.velocity, dt);
    camera.velocity = step.velocity;
    const next = clampPan(camera.pan + panDelta(step.dx, camera.options().geometry));
    if (next === 0 || next === 1) camera.velocity = 0;
    camera.pan = next;
    camera.write();
    frame = camera.velocity !== 0 ? requestAnimationFrame(glide) : 0;
    if (camera.velocity === 0) drift.restThenDrift();
  };

  return {
    start: () => {
      last = performance.now();
      frame = requestAnimationFrame(glide);
    },
    stop: () => {
      camera.velocity = 0;
      cancelAnimationFrame(frame);
    },
    dispose: () => cancelAnimationFrame(frame),
  };
};
