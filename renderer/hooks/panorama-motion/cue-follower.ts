import { CAMERA_QUIET_MS, CAMERA_TAP_HOLD_MS, panCentring } from '../../panorama/cue-glide';
import type { PanoramaCamera } from './camera';
import type { CueRun } from './cue-run';
import type { DriftRunner } from './drift-runner';
import type { Inertia } from './inertia';
import { lastTouchAt } from './last-touch';

export type CueFollower = Readonly<{
  /** Where the narration wants the camera now (a point of the hotspot plane, px), or null. */
  cueAt: (x: number | null) => void;
  /** The visitor drove the panorama (a press, a release, a centring): the cue waits CAMERA_QUIET_MS. */
  visitorDrove: () => void;
  /** Goes to the cue now, or schedules itself for when the visitor's quiet time is over. */
  follow: () => void;
  /** Unmount: drops the pending follow. */
  dispose: () => void;
}>;

/**
 * While narration plays, the camera follows its cue: it glides there on the compositor
 * unless the visitor touched the panorama in the last CAMERA_QUIET_MS (or tapped anything
 * in the last CAMERA_TAP_HOLD_MS), and follows again once that has passed.
 */
export const createCueFollower = (
  camera: PanoramaCamera,
  drift: DriftRunner,
  cueRun: CueRun,
  inertia: Inertia,
): CueFollower => {
  let cued: number | null = null;
  let visitorAt = Number.NEGATIVE_INFINITY;
  let followTimer = 0;

  /** Glides (or, without animation, jumps) to the cued point, and rests there as after a drag. */
  const cameraTo = (x: number) => {
    const { geometry, animate } = camera.options();
    const target = panCentring(x, geometry);
    cueRun.stop();
    drift.stop();
    inertia.stop();
    if (!animate || Math.abs(target - camera.pan) * geometry.fullWidth < 1) {
      camera.pan = target;
      camera.write();
      return drift.restThenDrift();
    }
    drift.cancelRest();
    cueRun.start(target, () => drift.restThenDrift());
  };
  /**
   * Goes to the cued point now, or once the visitor has left the panorama alone for
   * CAMERA_QUIET_MS and tapped nothing for CAMERA_TAP_HOLD_MS.
   */
  const follow = () => {
    window.clearTimeout(followTimer);
    if (cued === null || camera.pressed) return;
    const wait = Math.max(visitorAt + CAMERA_QUIET_MS, lastTouchAt() + CAMERA_TAP_HOLD_MS) - performance.now();
    if (wait > 0) followTimer = window.setTimeout(follow, wait);
    else cameraTo(cued);
  };

  return {
    cueAt: (x) => {
      if (x === cued) return;
      cued = x;
      follow();
    },
    visitorDrove: () => {
      visitorAt = performance.now();
    },
    follow,
    dispose: () => window.clearTimeout(followTimer),
  };
};
