import { layerShift } from '../../panorama/pan-math';
import { CUE_GLIDE_MS, cueGlide, cueGlidePanAt } from '../../panorama/cue-glide';
import type { PanoramaCamera } from './camera';

type Run = { fromPan: number; toPan: number; startedAt: number; animations: Animation[] };

export type CueRun = Readonly<{
  /** Glides the camera to `toPan` on the compositor; `arrived` runs once it got there uncancelled. */
  start: (toPan: number, arrived: () => void) => void;
  /** Stops a cue glide where it stands; the scene stays there. */
  stop: () => void;
  running: () => boolean;
  /** Unmount: cancels the animations, writes nothing. */
  dispose: () => void;
}>;

/** The narration cue's glide: compositor animations planned by panorama/cue-glide.ts. */
export const createCueRun = (camera: PanoramaCamera): CueRun => {
  let run: Run | null = null;

  const stop = () => {
    if (!run) return;
    camera.pan = cueGlidePanAt(run, performance.now() - run.startedAt);
    for (const animation of run.animations) animation.cancel();
    run = null;
    camera.rewrite();
  };

  const start = (toPan: number, arrived: () => void) => {
    const { geometry } = camera.options();
    const plan = cueGlide(camera.pan, toPan, camera.factors(), geometry);
    const animations = camera.play(plan.keyframes, CUE_GLIDE_MS);
    run = { fromPan: camera.pan, toPan, startedAt: performance.now(), animations };
    camera.options().onPlaneShift?.(layerShift(toPan, 1, geometry)); // the cued marker shows as the glide sets off
    animations[0]?.finished.then(
      () => {
        if (run?.animations !== animations) return;
        stop();
        arrived();
      },
      () => undefined, // cancelled: a finger took over
    );
  };

  return {
    start,
    stop,
    running: () => run !== null,
    dispose: () => {
      for (const animation of run?.animations ?? []) animation.cancel();
    },
  };
};
