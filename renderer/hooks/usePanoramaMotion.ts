import { useEffect, useRef, type RefObject } from 'react';
import { createCamera, type PanoramaMotionOptions } from './panorama-motion/camera';
import { createCueRun } from './panorama-motion/cue-run';
import { createDriftRunner } from './panorama-motion/drift-runner';
import { createInertia } from './panorama-motion/inertia';
import { createCueFollower } from './panorama-motion/cue-follower';
import { listenToStage } from './panorama-motion/stage-input';

export type { PanoramaMotionOptions } from './panorama-motion/camera';
export { PAN_TO_EVENT } from './panorama-motion/stage-input';

/**
 * Moves the layers with transforms only. The drift runs as compositor
 * animations (renderer/panorama/drift.ts); a drag (first pointer only — a
 * second finger is ignored) and the inertial glide after it write whole-pixel
 * transforms from pointer events and one requestAnimationFrame loop, which
 * runs only while gliding. React never re-renders per frame; nothing reads layout.
 * While narration plays, `cuedX` (a point of the hotspot plane, or null) is where the
 * narration wants the camera: it glides there on the compositor unless the visitor
 * touched the panorama in the last CAMERA_QUIET_MS, and follows again once that has passed.
 * The pieces live in ./panorama-motion/: the shared camera, the drift, the cue glide and
 * its follower, the inertial glide and the stage's input.
 */
export const usePanoramaMotion = (
  stage: RefObject<HTMLElement | null>,
  layers: RefObject<Array<HTMLElement | null>>,
  plane: RefObject<HTMLElement | null>,
  options: PanoramaMotionOptions,
  cuedX: number | null = null,
): void => {
  const opts = useRef(options);
  const geometryChanged = useRef<(() => void) | null>(null);
  const followCue = useRef<((x: number | null) => void) | null>(null);
  useEffect(() => {
    opts.current = options;
    geometryChanged.current?.();
  }, [options]);

  useEffect(() => {
    const el = stage.current;
    if (!el) return undefined;
    const camera = createCamera(layers, plane, opts);
    const cueRun = createCueRun(camera);
    const drift = createDriftRunner(camera, el, cueRun);
    const inertia = createInertia(camera, drift);
    const cue = createCueFollower(camera, drift, cueRun, inertia);
    const stopListening = listenToStage(el, camera, { drift, cueRun, inertia, cue });
    geometryChanged.current = drift.geometryChanged;
    followCue.current = cue.cueAt;
    camera.write();
    drift.driftAfterTouchRest();
    return () => {
      geometryChanged.current = null;
      followCue.current = null;
      cue.dispose();
      cueRun.dispose();
      inertia.dispose();
      drift.dispose();
      stopListening();
    };
  }, [stage, layers, plane]);
  useEffect(() => followCue.current?.(cuedX), [cuedX]);
};
