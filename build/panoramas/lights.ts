import type { Rng } from './prng';
import { num } from './svg';

/**
 * Broken horizontal strokes under a light source: how a city light reflects
 * on moving water. Longer and sparser towards the viewer.
 */
export function reflectionDashes(rng: Rng, x: number, waterTop: number, length: number, spread: number): string {
  let d = '';
  for (
    let y = waterTop + rng.range(2, 6);
    y < waterTop + length;
    y += rng.range(5, 11) * (1 + (y - waterTop) / length)
  ) {
    const k = (y - waterTop) / length;
    const w = spread * rng.range(0.4, 1.2) * (1 + k);
    if (rng.chance(0.15)) continue;
    d += `M${num(x - w / 2 + rng.range(-spread, spread) * k)} ${num(y)}h${num(w)}`;
  }
  return d;
}

/** Ripple highlights scattered over a water band. */
export function ripples(rng: Rng, count: number, x0: number, x1: number, y0: number, y1: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const t = rng.next();
    const y = y0 + (y1 - y0) * t * t; // more, smaller ripples far away
    const w = 6 + 60 * t * rng.range(0.5, 1.5);
    d += `M${num(rng.range(x0, x1))} ${num(y)}h${num(w)}`;
  }
  return d;
}

/** Street lamps: poles as a path, lamp heads as dots (round-capped zero-length segments). */
export function lampRow(
  x0: number,
  x1: number,
  spacing: number,
  baseY: number,
  height: number,
): { poles: string; heads: string; points: Array<[number, number]> } {
  let poles = '';
  let heads = '';
  const points: Array<[number, number]> = [];
  for (let x = x0; x <= x1; x += spacing) {
    poles += `M${num(x)} ${num(baseY)}v-${num(height)}`;
    heads += `M${num(x)} ${num(baseY - height)}h0`;
    points.push([x, baseY - height]);
  }
  return { poles, heads, points };
}

/** Glow halos around points (lamp heads, nodes), all sharing one radial gradient. */
export function halos(points: ReadonlyArray<readonly [number, number]>, r: number, gradientId: string): string {
  return points.map(([x, y]) => glow(x, y, r, r, gradientId)).join('');
}

/** Radial glow ellipse filled with a gradient id; cheaper than a blur filter. */
export function glow(cx: number, cy: number, rx: number, ry: number, gradientId: string, opacity = 1): string {
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(rx)}" ry="${num(ry)}" fill="url(#${gradientId})"${opacity === 1 ? '' : ` opacity="${Math.round(opacity * 100) / 100}"`}/>`;
}

/** A string of small bulbs hanging between two points (festoon lights). */
export function festoon(
  rng: Rng,
  xa: number,
  ya: number,
  xb: number,
  yb: number,
  sag: number,
  bulbs: number,
): { wire: string; dots: string } {
  const mx = (xa + xb) / 2;
  const my = (ya + yb) / 2 + sag * 2;
  const wire = `M${num(xa)} ${num(ya)}Q${num(mx)} ${num(my)} ${num(xb)} ${num(yb)}`;
  let dots = '';
  for (let i = 1; i < bulbs; i++) {
    const t = i / bulbs;
    const x = (1 - t) ** 2 * xa + 2 * (1 - t) * t * mx + t * t * xb;
    const y = (1 - t) ** 2 * ya + 2 * (1 - t) * t * my + t * t * yb + rng.range(-0.5, 0.5);
    dots += `M${num(x)} ${num(y)}h0`;
  }
  return { wire, dots };
}
