import { glow } from '../lights';
import type { Rng } from '../prng';
import { HEIGHT, WIDTH, el, num, path } from '../svg';
import { ellipsePath } from '../terrain';

/*
 * The map plane of the Radiation chapter: a tilted grid with contour rings,
 * glowing rivers, city-light clusters, nodes and the arcs between them. Every
 * piece is on one layer so nodes and arcs can never drift apart.
 */

/** A city on the map: position on the plane and node size. */
export type MapNode = { x: number; y: number; r: number };

export const GOLD = '#ffc861';
export const CYAN = '#62e4ff';

/** Horizon of the tilted map plane. */
export const MAP_HORIZON = 560;

/** The perspective grid: rows closer together towards the horizon, columns converging. */
export function mapGrid(): string {
  let grid = '';
  for (let y = MAP_HORIZON; y < HEIGHT; y += 8 + (y - MAP_HORIZON) * 0.25) grid += `M0 ${num(y)}H${WIDTH}`;
  for (let x = -4000; x <= WIDTH + 4000; x += 240)
    grid += `M${num(WIDTH / 2 + (x - WIDTH / 2) * 0.18)} ${MAP_HORIZON}L${x} ${HEIGHT}`;
  return grid;
}

/** Topographic rings (flattened by the tilt) where the basin rises into mountains. */
export function contours(rng: Rng, cx: number, cy: number, rings: number, size: number): string {
  let d = '';
  for (let i = 1; i <= rings; i++) {
    const r = size * i + rng.range(-6, 6);
    d += ellipsePath(cx + rng.range(-10, 10), cy + rng.range(-3, 3), r, r * 0.22);
  }
  return d;
}

/** Urban lights scattered around a node, denser at the centre. */
export function cityLights(rng: Rng, n: MapNode, count: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const a = rng.range(0, Math.PI * 2);
    const dist = rng.next() ** 1.8 * n.r * 5;
    d += `M${num(n.x + Math.cos(a) * dist)} ${num(n.y + Math.sin(a) * dist * 0.3)}h0`;
  }
  return d;
}

/** A glowing node: halo, rings and a beam of light rising from the city. */
export function mapNode(n: MapNode, beamHeight: number): string {
  return (
    glow(n.x, n.y, n.r * 4.5, n.r * 1.7, 'ng') +
    el('rect', { x: n.x - 3, y: n.y - beamHeight, width: 6, height: beamHeight, fill: 'url(#beam)' }) +
    path(ellipsePath(n.x, n.y, n.r * 2.6, n.r * 0.95) + ellipsePath(n.x, n.y, n.r * 1.7, n.r * 0.62), {
      stroke: GOLD,
      'stroke-width': 2,
      fill: 'none',
      opacity: 0.6,
    }) +
    path(ellipsePath(n.x, n.y, n.r, n.r * 0.38), { fill: GOLD }) +
    path(ellipsePath(n.x, n.y - 2, n.r * 0.45, n.r * 0.16), { fill: '#fff6da' })
  );
}

/** Arc of light between two nodes, bowed upwards like a flight path, with a comet dot part-way. */
export function mapArc(a: MapNode, b: MapNode, lift: number, t: number): { line: string; comet: string } {
  const mx = (a.x + b.x) / 2;
  const my = Math.min(a.y, b.y) - lift;
  const x = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * mx + t * t * b.x;
  const y = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * my + t * t * b.y;
  return { line: `M${a.x} ${a.y}Q${num(mx)} ${num(my)} ${b.x} ${b.y}`, comet: `M${num(x)} ${num(y)}h0` };
}
