import { clampPan, panDelta } from '../../panorama/pan-math';
import { DRAG_THRESHOLD_PX, releaseVelocity, type Sample } from '../../panorama/drag-inertia';
import type { PanoramaCamera } from './camera';
import type { CueFollower } from './cue-follower';
import type { CueRun } from './cue-run';
import { TOUCH_REST_MS, type DriftRunner } from './drift-runner';
import type { Inertia } from './inertia';

/** Event a stage element takes to bring a point of the hotspot plane (detail: x in px) to its middle. */
export const PAN_TO_EVENT = 'panorama-pan-to';

type Drag = {
  pointerId: number;
  startX: number;
  lastX: number;
  startedAt: number;
  distance: number;
  dragging: boolean;
  samples: Sample[];
};

type Motions = Readonly<{ drift: DriftRunner; cueRun: CueRun; inertia: Inertia; cue: CueFollower }>;

/**
 * What the visitor does on the stage: a drag (first pointer only — a second finger is
 * ignored) written in whole pixels and flung into the inertial glide, and centring on a
 * marker for keyboard focus and the edge arrows. Returns the function that stops listening.
 */
export const listenToStage = (
  stage: HTMLElement,
  camera: PanoramaCamera,
  { drift, cueRun, inertia, cue }: Motions,
): (() => void) => {
  let drag: Drag | null = null;
  let suppressClick = false;

  const down = (event: PointerEvent) => {
    if (drag || !event.isPrimary) return; // multi-touch safe: only the first finger pans
    suppressClick = false;
    cue.visitorDrove(); // a drag or a tap: the visitor drives now
    cueRun.stop();
    drift.stop();
    drift.holdForFinger(); // no drift under a finger
    inertia.stop();
    drag = {
      pointerId: event.pointerId,
      startX: event.clientX,
      lastX: event.clientX,
      startedAt: event.timeStamp,
      distance: 0,
      dragging: false,
      samples: [{ x: event.clientX, t: event.timeStamp }],
    };
    camera.pressed = true;
  };
  const move = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = event.clientX - drag.lastX;
    if (!drag.dragging && Math.abs(event.clientX - drag.startX) >= DRAG_THRESHOLD_PX) {
      drag.dragging = true;
      stage.setPointerCapture(event.pointerId);
    }
    drag.lastX = event.clientX;
    drag.samples.push({ x: event.clientX, t: event.timeStamp });
    if (drag.samples.length > 12) drag.samples.shift();
    if (!drag.dragging) return;
    drag.distance += Math.abs(dx);
    camera.pan = clampPan(camera.pan + panDelta(dx, camera.options().geometry));
    camera.write();
  };
  const up = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const ended = drag;
    drag = null;
    camera.pressed = false;
    cue.visitorDrove();
    cue.follow();
    if (!ended.dragging) return drift.restThenDrift(TOUCH_REST_MS);
    // Until the next press: a timer could expire before the click of this release arrives.
    suppressClick = true;
    const { animate, onDragEnd } = camera.options();
    camera.velocity = event.type === 'pointerup' && animate ? releaseVelocity(ended.samples, event.timeStamp) : 0;
    onDragEnd(ended.distance, Math.max(0, event.timeStamp - ended.startedAt));
    if (camera.velocity === 0) return drift.restThenDrift();
    inertia.start();
  };
  const click = (event: MouseEvent) => {
    // A drag that ends on a hotspot is not a tap; Enter on a focused marker (detail 0) always is.
    if (suppressClick && event.detail > 0) event.stopPropagation();
  };

  /** Brings a point of the hotspot plane (px) to the middle of the stage, then rests as after a drag. */
  const centreOn = (x: number) => {
    const { geometry } = camera.options();
    const range = geometry.fullWidth - geometry.stageWidth;
    if (range <= 0 || drag) return;
    cue.visitorDrove();
    cue.follow();
    cueRun.stop();
    drift.stop();
    inertia.stop();
    camera.pan = clampPan((x - geometry.stageWidth / 2) / range);
    camera.write();
    drift.restThenDrift();
  };
  // Keyboard and switch users reach markers by focus: bring the focused one to the middle of
  // the stage, or its focus ring could sit outside the visible part of the scene.
  const focused = (event: FocusEvent) => {
    const marker = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.hotspot') : null;
    // Keyboard focus only: a finger on a marker focuses it too, and moving it then would move it from under the finger.
    if (marker?.matches(':focus-visible')) centreOn(marker.offsetLeft);
  };
  // The edge arrows ask for a marker out of view (components/PanoramaEdges.tsx).
  const panTo = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === 'number') centreOn(event.detail);
  };

  // One signal removes every listener on unmount (the same set that was added).
  const listening = new AbortController();
  const { signal } = listening;
  stage.addEventListener('pointerdown', down, { signal });
  stage.addEventListener('pointermove', move, { signal });
  stage.addEventListener('pointerup', up, { signal });
  stage.addEventListener('pointercancel', up, { signal });
  stage.addEventListener('click', click, { capture: true, signal });
  stage.addEventListener('focusin', focused, { signal });
  stage.addEventListener(PAN_TO_EVENT, panTo, { signal });
  return () => listening.abort();
};
