import { layerShift } from '../../panorama/pan-math';
import { driftLeg, panAt } from '../../panorama/drift';
import type { PanoramaCamera } from './camera';
import type { CueRun } from './cue-run';
import { lastTouchAt } from './last-touch';

/** Once the visitor drags the scene it is theirs: it rests this long before drifting again. */
const AUTO_PAN_RESUME_MS = 20_000;
/**
 * A touch anywhere (a button, the next chapter) holds the scene still this
 * long: the drift is for when nobody is driving, and it costs every frame a
 * full redraw of the stage — without a GPU that is what made taps slow.
 */
export const TOUCH_REST_MS = 8_000;
/** How often the drift reports where the plane is: edge counts may lag a marker's crossing by this. */
const DRIFT_REPORT_MS = 1000;

/** rest timer value while a finger is on the stage: no drift under a finger, and no timer to wait for. */
const FINGER_DOWN = -1;

type Drift = { fromPan: number; toPan: number; durationMs: number; animations: Animation[] };

export type DriftRunner = Readonly<{
  /** Stops the drift where it stands; the scene stays there. */
  stop: () => void;
  /** Drifts again after `ms` of rest (by default as after a drag). */
  restThenDrift: (ms?: number) => void;
  /** Drifts now, or once TOUCH_REST_MS have passed since the last touch. */
  driftAfterTouchRest: () => void;
  /** Drops a pending rest timer (a cue glide takes the camera; it rests afterwards itself). */
  cancelRest: () => void;
  /** A finger pressed the stage: no drift, and no timer, until its release decides the rest. */
  holdForFinger: () => void;
  /** The stage or its layers changed size: the running plan no longer fits, so plan again. */
  geometryChanged: () => void;
  /** Unmount: cancels every timer, animation and listener, writes nothing. */
  dispose: () => void;
}>;

/**
 * The drift on its own, as compositor animations (renderer/panorama/drift.ts): it runs
 * only while nothing holds the camera (a finger, the inertial glide, a cue glide), and
 * goes back and forth between the edges, reporting the plane's shift on a timer.
 */
export const createDriftRunner = (camera: PanoramaCamera, stage: HTMLElement, cueRun: CueRun): DriftRunner => {
  let direction: 1 | -1 = 1;
  let drift: Drift | null = null;
  // 0: no rest pending; FINGER_DOWN: a finger holds the scene; otherwise a pending setTimeout.
  let restTimer = 0;
  let reportTimer = 0;

  const reportDrift = () => {
    if (!drift) return;
    const at = panAt(drift, Number(drift.animations[0]?.currentTime ?? 0));
    camera.options().onPlaneShift?.(layerShift(at, 1, camera.options().geometry));
  };

  const stop = () => {
    if (!drift) return;
    const elapsed = Number(drift.animations[0]?.currentTime ?? 0);
    camera.pan = panAt(drift, elapsed);
    for (const animation of drift.animations) animation.cancel();
    drift = null;
    window.clearInterval(reportTimer);
    camera.rewrite();
  };
  const cancelRest = () => {
    window.clearTimeout(restTimer);
    restTimer = 0;
  };
  const start = () => {
    cancelRest();
    const { animate, geometry } = camera.options();
    if (!animate || camera.pressed || cueRun.running() || camera.velocity !== 0 || geometry.stageWidth <= 0) return;
    const leg = driftLeg(camera.pan, direction, camera.factors(), geometry);
    direction = leg.direction;
    if (leg.durationMs <= 0) return;
    const animations = camera.play(leg.keyframes, leg.durationMs);
    drift = { ...leg, animations };
    window.clearInterval(reportTimer);
    reportTimer = window.setInterval(reportDrift, DRIFT_REPORT_MS);
    animations[0]?.finished.then(
      () => {
        if (drift?.animations !== animations) return;
        stop();
        direction = direction > 0 ? -1 : 1;
        start();
      },
      () => undefined, // cancelled: a touch took over
    );
  };
  const restThenDrift = (ms = AUTO_PAN_RESUME_MS) => {
    window.clearTimeout(restTimer);
    restTimer = window.setTimeout(start, ms);
  };
  const driftAfterTouchRest = () => {
    const wait = lastTouchAt() + TOUCH_REST_MS - performance.now();
    if (wait > 0) restThenDrift(wait);
    else start();
  };
  const touchedElsewhere = (event: PointerEvent) => {
    // The stage handles its own (a drag there rests longer than a tap elsewhere).
    if (camera.pressed || restTimer === FINGER_DOWN || stage.contains(event.target as Node)) return;
    stop();
    if (camera.velocity === 0) restThenDrift(TOUCH_REST_MS);
  };
  window.addEventListener('pointerdown', touchedElsewhere, { capture: true, passive: true });

  return {
    stop,
    restThenDrift,
    driftAfterTouchRest,
    cancelRest,
    holdForFinger: () => {
      window.clearTimeout(restTimer);
      restTimer = FINGER_DOWN;
    },
    geometryChanged: () => {
      const wasDrifting = drift !== null || cueRun.running();
      stop();
      cueRun.stop();
      camera.write();
      if (wasDrifting || (!camera.pressed && camera.velocity === 0 && restTimer === 0)) driftAfterTouchRest();
    },
    dispose: () => {
      window.clearTimeout(restTimer);
      window.clearInterval(reportTimer);
      for (const animation of drift?.animations ?? []) animation.cancel();
      window.removeEventListener('pointerdown', touchedElsewhere, { capture: true });
    },
  };
};
