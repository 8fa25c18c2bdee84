import { useEffect, useRef, type RefObject } from 'react';
import { clampPan, layerShift, panDelta, type PanGeometry } from '../panorama/pan-math';
import { DRAG_THRESHOLD_PX, glideStep, releaseVelocity, type Sample } from '../panorama/drag-inertia';
import { driftLeg, panAt, translate } from '../panorama/drift';
import { CAMERA_QUIET_MS, CAMERA_TAP_HOLD_MS, CUE_GLIDE_MS, cueGlide, cueGlidePanAt, panCentring } from '../panorama/cue-glide';

/** Once the visitor drags the scene it is theirs: it rests this long before drifting again. */
const AUTO_PAN_RESUME_MS = 20_000;
/**
 * A touch anywhere (a button, the next chapter) holds the scene still this
 * long: the drift is for when nobody is driving, and it costs every frame a
 * full redraw of the stage — without a GPU that is what made taps slow.
 */
const TOUCH_REST_MS = 8_000;

// When the kiosk was last touched, known before a chapter's panorama mounts (the tap that opened it counts).
let lastTouchAt = Number.NEGATIVE_INFINITY;
window.addEventListener('pointerdown', () => (lastTouchAt = performance.now()), { capture: true, passive: true });

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

/** Event a stage element takes to bring a point of the hotspot plane (detail: x in px) to its middle. */
export const PAN_TO_EVENT = 'panorama-pan-to';
/** How often the drift reports where the plane is: edge counts may lag a marker's crossing by this. */
const DRIFT_REPORT_MS = 1000;

type Drag = {
  pointerId: number;
  startX: number;
  lastX: number;
  startedAt: number;
  distance: number;
  dragging: boolean;
  samples: Sample[];
};

type Drift = { fromPan: number; toPan: number; durationMs: number; animations: Animation[] };
type CueRun = { fromPan: number; toPan: number; startedAt: number; animations: Animation[] };

/**
 * Moves the layers with transforms only. The drift runs as compositor
 * animations (renderer/panorama/drift.ts); a drag (first pointer only — a
 * second finger is ignored) and the inertial glide after it write whole-pixel
 * transforms from pointer events and one requestAnimationFrame loop, which
 * runs only while gliding. React never re-renders per frame; nothing reads layout.
 * While narration plays, `cuedX` (a point of the hotspot plane, or null) is where the
 * narration wants the camera: it glides there on the compositor unless the visitor
 * touched the panorama in the last CAMERA_QUIET_MS, and follows again once that has passed.
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
    let pan = 0.5;
    let direction: 1 | -1 = 1;
    let velocity = 0;
    let drag: Drag | null = null;
    let drift: Drift | null = null;
    let suppressClick = false;
    let glideFrame = 0;
    let restTimer = 0;
    let reportTimer = 0;
    let cueRun: CueRun | null = null;
    let cued: number | null = null;
    let visitorAt = Number.NEGATIVE_INFINITY;
    let followTimer = 0;
    // Last whole-pixel shift written per element (index `layers.length` is the hotspot plane).
    const written: number[] = [];

    const elements = () => [...layers.current, plane.current];
    const factorsOf = () => [...opts.current.factors.slice(0, layers.current.length), 1];

    const place = (target: HTMLElement | null | undefined, index: number, shift: number) => {
      // Whole pixels: a fractional still frame makes the compositor resample the layer.
      const px = Math.round(shift);
      if (!target || written[index] === px) return;
      written[index] = px;
      target.style.transform = translate(px);
    };
    const write = () => {
      const { geometry } = opts.current;
      const factors = factorsOf();
      elements().forEach((target, i) => place(target, i, layerShift(pan, factors[i] ?? 1, geometry)));
      opts.current.onPlaneShift?.(layerShift(pan, 1, geometry));
    };
    const reportDrift = () => {
      if (!drift) return;
      const at = panAt(drift, Number(drift.animations[0]?.currentTime ?? 0));
      opts.current.onPlaneShift?.(layerShift(at, 1, opts.current.geometry));
    };

    const stopDrift = () => {
      if (!drift) return;
      const elapsed = Number(drift.animations[0]?.currentTime ?? 0);
      pan = panAt(drift, elapsed);
      for (const animation of drift.animations) animation.cancel();
      drift = null;
      window.clearInterval(reportTimer);
      written.length = 0;
      write();
    };
    /** Stops a cue glide where it stands; the scene stays there. */
    const stopCueRun = () => {
      if (!cueRun) return;
      pan = cueGlidePanAt(cueRun, performance.now() - cueRun.startedAt);
      for (const animation of cueRun.animations) animation.cancel();
      cueRun = null;
      written.length = 0;
      write();
    };
    const startDrift = () => {
      window.clearTimeout(restTimer);
      restTimer = 0;
      if (!opts.current.animate || drag || cueRun || velocity !== 0 || opts.current.geometry.stageWidth <= 0) return;
      const leg = driftLeg(pan, direction, factorsOf(), opts.current.geometry);
      direction = leg.direction;
      if (leg.durationMs <= 0) return;
      const animations = elements().flatMap((target, i) => {
        const keyframes = leg.keyframes[i];
        return target && keyframes
          ? [target.animate([...keyframes], { duration: leg.durationMs, easing: 'linear', fill: 'forwards' })]
          : [];
      });
      drift = { ...leg, animations };
      window.clearInterval(reportTimer);
      reportTimer = window.setInterval(reportDrift, DRIFT_REPORT_MS);
      animations[0]?.finished.then(
        () => {
          if (drift?.animations !== animations) return;
          stopDrift();
          direction = direction > 0 ? -1 : 1;
          startDrift();
        },
        () => undefined, // cancelled: a touch took over
      );
    };
    const restThenDrift = (ms = AUTO_PAN_RESUME_MS) => {
      window.clearTimeout(restTimer);
      restTimer = window.setTimeout(startDrift, ms);
    };
    /** Drifts now, or once TOUCH_REST_MS have passed since the last touch. */
    const driftAfterTouchRest = () => {
      const wait = lastTouchAt + TOUCH_REST_MS - performance.now();
      if (wait > 0) restThenDrift(wait);
      else startDrift();
    };
    const touchedElsewhere = (event: PointerEvent) => {
      if (drag || restTimer === -1 || el.contains(event.target as Node)) return; // the stage handles its own
      stopDrift();
      if (velocity === 0) restThenDrift(TOUCH_REST_MS);
    };
    geometryChanged.current = () => {
      const wasDrifting = drift !== null || cueRun !== null;
      stopDrift();
      stopCueRun();
      write();
      if (wasDrifting || (!drag && velocity === 0 && restTimer === 0)) driftAfterTouchRest();
    };

    let last = 0;
    const glide = (now: number) => {
      const dt = Math.min(64, now - last);
      last = now;
      const step = glideStep(velocity, dt);
      velocity = step.velocity;
      const next = clampPan(pan + panDelta(step.dx, opts.current.geometry));
      if (next === 0 || next === 1) velocity = 0;
      pan = next;
      write();
      glideFrame = velocity !== 0 ? requestAnimationFrame(glide) : 0;
      if (velocity === 0) restThenDrift();
    };

    const down = (event: PointerEvent) => {
      if (drag || !event.isPrimary) return; // multi-touch safe: only the first finger pans
      suppressClick = false;
      visitorAt = performance.now(); // a drag or a tap: the visitor drives now
      stopCueRun();
      stopDrift();
      window.clearTimeout(restTimer);
      restTimer = -1; // no drift under a finger
      velocity = 0;
      cancelAnimationFrame(glideFrame);
      drag = {
        pointerId: event.pointerId,
        startX: event.clientX,
        lastX: event.clientX,
        startedAt: event.timeStamp,
        distance: 0,
        dragging: false,
        samples: [{ x: event.clientX, t: event.timeStamp }],
      };
    };
    const move = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      const dx = event.clientX - drag.lastX;
      if (!drag.dragging && Math.abs(event.clientX - drag.startX) >= DRAG_THRESHOLD_PX) {
        drag.dragging = true;
        el.setPointerCapture(event.pointerId);
      }
      drag.lastX = event.clientX;
      drag.samples.push({ x: event.clientX, t: event.timeStamp });
      if (drag.samples.length > 12) drag.samples.shift();
      if (!drag.dragging) return;
      drag.distance += Math.abs(dx);
      pan = clampPan(pan + panDelta(dx, opts.current.geometry));
      write();
    };
    const up = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      const ended = drag;
      drag = null;
      visitorAt = performance.now();
      follow();
      if (!ended.dragging) return restThenDrift(TOUCH_REST_MS);
      // Until the next press: a timer could expire before the click of this release arrives.
      suppressClick = true;
      velocity =
        event.type === 'pointerup' && opts.current.animate ? releaseVelocity(ended.samples, event.timeStamp) : 0;
      opts.current.onDragEnd(ended.distance, Math.max(0, event.timeStamp - ended.startedAt));
      if (velocity === 0) return restThenDrift();
      last = performance.now();
      glideFrame = requestAnimationFrame(glide);
    };
    /** Brings a point of the hotspot plane (px) to the middle of the stage, then rests as after a drag. */
    const centreOn = (x: number) => {
      const { geometry } = opts.current;
      const range = geometry.fullWidth - geometry.stageWidth;
      if (range <= 0 || drag) return;
      visitorAt = performance.now();
      follow();
      stopCueRun();
      stopDrift();
      velocity = 0;
      cancelAnimationFrame(glideFrame);
      pan = clampPan((x - geometry.stageWidth / 2) / range);
      write();
      restThenDrift();
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
    /** Glides (or, without animation, jumps) to the cued point, and rests there as after a drag. */
    const cameraTo = (x: number) => {
      const { geometry, animate } = opts.current;
      const target = panCentring(x, geometry);
      stopCueRun();
      stopDrift();
      velocity = 0;
      cancelAnimationFrame(glideFrame);
      if (!animate || Math.abs(target - pan) * geometry.fullWidth < 1) {
        pan = target;
        write();
        return restThenDrift();
      }
      window.clearTimeout(restTimer);
      restTimer = 0;
      const plan = cueGlide(pan, target, factorsOf(), geometry);
      const animations = elements().flatMap((element, i) => {
        const keyframes = plan.keyframes[i];
        return element && keyframes
          ? [element.animate([...keyframes], { duration: CUE_GLIDE_MS, easing: 'linear', fill: 'forwards' })]
          : [];
      });
      cueRun = { fromPan: pan, toPan: target, startedAt: performance.now(), animations };
      opts.current.onPlaneShift?.(layerShift(target, 1, geometry)); // the cued marker shows as the glide sets off
      animations[0]?.finished.then(
        () => {
          if (cueRun?.animations !== animations) return;
          stopCueRun();
          restThenDrift();
        },
        () => undefined, // cancelled: a finger took over
      );
    };
    /**
     * Goes to the cued point now, or once the visitor has left the panorama alone for
     * CAMERA_QUIET_MS and tapped nothing for CAMERA_TAP_HOLD_MS.
     */
    function follow() {
      window.clearTimeout(followTimer);
      if (cued === null || drag) return;
      const wait = Math.max(visitorAt + CAMERA_QUIET_MS, lastTouchAt + CAMERA_TAP_HOLD_MS) - performance.now();
      if (wait > 0) followTimer = window.setTimeout(follow, wait);
      else cameraTo(cued);
    }
    followCue.current = (x) => {
      if (x === cued) return;
      cued = x;
      follow();
    };
    const click = (event: MouseEvent) => {
      // A drag that ends on a hotspot is not a tap; Enter on a focused marker (detail 0) always is.
      if (suppressClick && event.detail > 0) event.stopPropagation();
    };

    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('click', click, true);
    el.addEventListener('focusin', focused);
    el.addEventListener(PAN_TO_EVENT, panTo);
    window.addEventListener('pointerdown', touchedElsewhere, { capture: true, passive: true });
    write();
    driftAfterTouchRest();
    return () => {
      geometryChanged.current = null;
      followCue.current = null;
      window.clearTimeout(followTimer);
      for (const animation of cueRun?.animations ?? []) animation.cancel();
      cancelAnimationFrame(glideFrame);
      window.clearTimeout(restTimer);
      window.clearInterval(reportTimer);
      for (const animation of drift?.animations ?? []) animation.cancel();
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('click', click, true);
      el.removeEventListener('focusin', focused);
      el.removeEventListener(PAN_TO_EVENT, panTo);
      window.removeEventListener('pointerdown', touchedElsewhere, { capture: true });
    };
  }, [stage, layers, plane]);
  useEffect(() => followCue.current?.(cuedX), [cuedX]);
};
