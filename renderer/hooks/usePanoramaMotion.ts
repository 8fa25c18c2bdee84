import { useEffect, useRef, type RefObject } from 'react';
import { clampPan, layerShift, panDelta, type PanGeometry } from '../panorama/pan-math';
import { DRAG_THRESHOLD_PX, glideStep, releaseVelocity, type Sample } from '../panorama/drag-inertia';

/** Seconds the reference plane takes to drift from one edge to the other on its own. */
const AUTO_PAN_TRAVERSE_S = 70;
/** Once the visitor touches the scene it is theirs: it rests this long before drifting again. */
const AUTO_PAN_RESUME_MS = 20_000;

export type PanoramaMotionOptions = Readonly<{
  geometry: PanGeometry;
  /** Speed factor of each layer (index-aligned with `layers`); the hotspot plane uses 1. */
  factors: readonly number[];
  /** Drift on its own and glide after a fling (off for reduced motion: a still frame instead). */
  animate: boolean;
  onDragEnd: (distancePx: number, durationMs: number) => void;
}>;

type Drag = {
  pointerId: number;
  startX: number;
  lastX: number;
  startedAt: number;
  distance: number;
  dragging: boolean;
  samples: Sample[];
};

/**
 * Moves the layers with transforms only, from one requestAnimationFrame loop:
 * drift, drag (first pointer only; a second finger is ignored) and inertial glide.
 * React never re-renders per frame; nothing reads layout inside the loop.
 */
export const usePanoramaMotion = (
  stage: RefObject<HTMLElement | null>,
  layers: RefObject<Array<HTMLElement | null>>,
  plane: RefObject<HTMLElement | null>,
  options: PanoramaMotionOptions,
): void => {
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  }, [options]);

  useEffect(() => {
    const el = stage.current;
    if (!el) return undefined;
    let pan = 0.5;
    let direction = 1;
    let velocity = 0;
    let restUntil = 0;
    let drag: Drag | null = null;
    let suppressClick = false;
    let frame = 0;
    let last = performance.now();
    let written = Number.NaN;
    let writtenWidth = Number.NaN;
    let writtenFull = Number.NaN;

    const write = () => {
      const { geometry, factors } = opts.current;
      if (pan === written && geometry.stageWidth === writtenWidth && geometry.fullWidth === writtenFull) return;
      written = pan;
      writtenWidth = geometry.stageWidth;
      writtenFull = geometry.fullWidth;
      layers.current.forEach((layer, i) => {
        if (layer)
          layer.style.transform = `translate3d(${layerShift(pan, factors[i] ?? 1, geometry).toFixed(1)}px,0,0)`;
      });
      if (plane.current)
        plane.current.style.transform = `translate3d(${layerShift(pan, 1, geometry).toFixed(1)}px,0,0)`;
    };

    const tick = (now: number) => {
      const dt = Math.min(64, now - last);
      last = now;
      const { geometry, animate } = opts.current;
      if (!drag?.dragging) {
        if (velocity !== 0) {
          const step = glideStep(velocity, dt);
          velocity = step.velocity;
          const next = clampPan(pan + panDelta(step.dx, geometry));
          if (next === 0 || next === 1) velocity = 0;
          pan = next;
        } else if (animate && now >= restUntil) {
          pan += (direction * dt) / (AUTO_PAN_TRAVERSE_S * 1000);
          if (pan >= 1 || pan <= 0) direction = -direction;
          pan = clampPan(pan);
        }
      }
      write();
      frame = requestAnimationFrame(tick);
    };

    const down = (event: PointerEvent) => {
      if (drag || !event.isPrimary) return; // multi-touch safe: only the first finger pans
      velocity = 0;
      restUntil = Number.POSITIVE_INFINITY; // no drift under a finger
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
    };
    const up = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      const ended = drag;
      drag = null;
      restUntil = performance.now() + AUTO_PAN_RESUME_MS;
      if (!ended.dragging) return;
      suppressClick = true;
      window.setTimeout(() => (suppressClick = false), 0);
      velocity =
        event.type === 'pointerup' && opts.current.animate ? releaseVelocity(ended.samples, event.timeStamp) : 0;
      opts.current.onDragEnd(ended.distance, Math.max(0, event.timeStamp - ended.startedAt));
    };
    const click = (event: MouseEvent) => {
      if (suppressClick) event.stopPropagation(); // a drag that ends on a hotspot is not a tap
    };

    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('click', click, true);
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('click', click, true);
    };
  }, [stage, layers, plane]);
};
