import type { Rng } from './prng';
import { HEIGHT, WIDTH, num } from './svg';

/** Options for a ridge line (mountains, hills, river banks). */
export type RidgeOptions = {
  /** Mean height of the ridge line (y, px from the top). */
  baseY: number;
  /** Peak-to-mean height of the largest wave, px. */
  amplitude: number;
  /** Horizontal sampling step, px; larger = smoother and smaller file. */
  step?: number;
  /** Where the filled shape closes at the bottom. */
  bottom?: number;
  x0?: number;
  x1?: number;
  /** Extra per-x lift (negative = higher), e.g. to raise a hill where a landmark stands. */
  shape?: (x: number) => number;
};

/**
 * Ridge heights as a sum of a few random sines: smooth like distant mountains,
 * and the random phases make each chapter's range different.
 */
export function ridgeSampler(rng: Rng, amplitude: number): (x: number) => number {
  const waves = [0, 1, 2, 3].map((i) => ({
    freq: (Math.PI * 2 * rng.range(1.5, 3) * 2 ** i) / WIDTH,
    phase: rng.range(0, Math.PI * 2),
    amp: amplitude / 1.9 ** i,
  }));
  return (x) => waves.reduce((sum, w) => sum + Math.sin(x * w.freq + w.phase) * w.amp, 0);
}

/** A filled ridge shape from x0 to x1, closed at `bottom`. */
export function ridgePath(rng: Rng, options: RidgeOptions): string {
  const { baseY, amplitude, step = 24, bottom = HEIGHT, x0 = 0, x1 = WIDTH, shape } = options;
  const sample = ridgeSampler(rng, amplitude);
  let d = `M${num(x0)} ${num(bottom)}`;
  for (let x = x0; x <= x1 + step - 1; x += step) {
    const cx = Math.min(x, x1);
    const jitter = rng.range(-amplitude * 0.04, amplitude * 0.04);
    d += `L${num(cx)} ${num(baseY - Math.abs(sample(cx)) * 0.6 - sample(cx) * 0.4 + jitter + (shape ? shape(cx) : 0))}`;
  }
  return `${d}L${num(x1)} ${num(bottom)}Z`;
}

/** Dots for stars: zero-length segments drawn with round caps, the shortest markup for a dot. */
export function starsPath(rng: Rng, count: number, yMax: number, x0 = 0, x1 = WIDTH): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const y = yMax * rng.next() ** 1.6; // denser near the top, where the sky is darkest
    d += `M${Math.round(rng.range(x0, x1))} ${Math.round(y)}h0`;
  }
  return d;
}

/** Smooth closed blob through points around a centre; used for clouds and tree crowns. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
}

/** Ellipse as a path, so many of them can share one <path> element. */
export function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return `M${num(cx - rx)} ${num(cy)}a${num(rx)} ${num(ry)} 0 1 0 ${num(2 * rx)} 0a${num(rx)} ${num(ry)} 0 1 0 ${num(-2 * rx)} 0Z`;
}

/** Long flat cloud streaks made of overlapping ellipses, as seen at dusk. */
export function cloudStreaks(rng: Rng, count: number, yMin: number, yMax: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const cx = rng.range(0, WIDTH);
    const cy = rng.range(yMin, yMax);
    const len = rng.range(180, 520);
    for (let j = 0; j < 4; j++) {
      d += ellipsePath(
        cx + rng.range(-len / 2, len / 2),
        cy + rng.range(-6, 6),
        rng.range(len * 0.25, len * 0.6),
        rng.range(4, 12),
      );
    }
  }
  return d;
}

/** Rounded tree crowns along a line: clusters of circles in one path. */
export function treeLine(rng: Rng, x0: number, x1: number, baseY: number, size: number, density = 1): string {
  let d = '';
  for (let x = x0; x < x1; x += (size * rng.range(0.6, 1.3)) / density) {
    const r = size * rng.range(0.5, 0.9);
    d += circlePath(x, baseY - r * 0.8, r);
    if (rng.chance(0.5)) d += circlePath(x + r * 0.6, baseY - r * 1.3, r * 0.7);
  }
  return d;
}
