import type { Rng } from './prng';
import { num } from './svg';

/** Roof profiles; each reads as a different kind of tower from afar. */
export type RoofKind = 'flat' | 'stepped' | 'slant' | 'spire' | 'crown';

/** One building of a skyline. */
export type Tower = {
  x: number;
  width: number;
  /** y of the roof line (the body top, without spire). */
  top: number;
  /** y of the ground line. */
  base: number;
  roof: RoofKind;
};

/** Options for a generated row of towers. */
export type SkylineOptions = {
  x0: number;
  x1: number;
  base: number;
  minHeight: number;
  maxHeight: number;
  minWidth: number;
  maxWidth: number;
  /** Height multiplier by x, so a district can swell towards its centre. */
  profile?: (x: number) => number;
  /** Negative gap = towers overlap, which reads as density. */
  gap?: readonly [number, number];
  roofs?: readonly RoofKind[];
};

/** A row of towers with random widths, heights and roofs. */
export function skyline(rng: Rng, o: SkylineOptions): Tower[] {
  const towers: Tower[] = [];
  const [gapMin, gapMax] = o.gap ?? [-8, 10];
  const roofs = o.roofs ?? (['flat', 'flat', 'stepped', 'slant', 'spire', 'crown'] as const);
  for (let x = o.x0; x < o.x1;) {
    const width = rng.range(o.minWidth, o.maxWidth);
    const factor = o.profile ? o.profile(x + width / 2) : 1;
    const height = rng.range(o.minHeight, o.maxHeight) * factor;
    towers.push({ x, width, top: o.base - height, base: o.base, roof: rng.pick(roofs) });
    x += width + rng.range(gapMin, gapMax);
  }
  return towers;
}

/** Outline of one tower including its roof, as a closed path. */
export function towerOutline(t: Tower): string {
  const { x, width: w, top, base } = t;
  const r = x + w;
  switch (t.roof) {
    case 'flat':
      return `M${num(x)} ${num(base)}V${num(top)}H${num(x + w * 0.3)}v-6h${num(w * 0.3)}v6H${num(r)}V${num(base)}Z`;
    case 'stepped':
      return `M${num(x)} ${num(base)}V${num(top + 30)}h${num(w * 0.12)}v-18h${num(w * 0.12)}V${num(top)}h${num(w * 0.52)}v12h${num(w * 0.12)}v18h${num(w * 0.12)}V${num(base)}Z`;
    case 'slant':
      return `M${num(x)} ${num(base)}V${num(top + Math.min(40, w * 0.5))}L${num(r)} ${num(top)}V${num(base)}Z`;
    case 'spire':
      return `M${num(x)} ${num(base)}V${num(top)}H${num(x + w * 0.46)}v-${num(Math.min(70, w * 0.9))}h${num(w * 0.08)}V${num(top)}H${num(r)}V${num(base)}Z`;
    case 'crown':
      return `M${num(x)} ${num(base)}V${num(top + 20)}L${num(x + w * 0.2)} ${num(top)}v-14L${num(x + w / 2)} ${num(top - 34)}L${num(x + w * 0.8)} ${num(top - 14)}v14L${num(r)} ${num(top + 20)}V${num(base)}Z`;
  }
}

/** Window grid settings for one row of towers. */
export type WindowSpec = {
  /** Column pitch and window width, px. */
  pitchX: number;
  windowW: number;
  /** Floor pitch and window height, px. */
  pitchY: number;
  windowH: number;
  /** Share of floors that are lit at all, and of windows lit on a lit floor. */
  floorLit: number;
  windowLit: number;
};

/**
 * Lit windows of towers, split in two colour groups (warm offices / cool LED).
 * Rectangles are written with relative moves from the previous one, which
 * halves the path size compared with absolute coordinates.
 */
export function towerWindows(
  rng: Rng,
  towers: readonly Tower[],
  spec: WindowSpec,
  coolShare = 0.3,
): { warm: string; cool: string } {
  const out = { warm: '', cool: '' };
  const last = { warm: null as null | [number, number], cool: null as null | [number, number] };
  for (const t of towers) {
    const group = rng.chance(coolShare) ? 'cool' : 'warm';
    const cols = Math.floor((t.width - 6) / spec.pitchX);
    if (cols < 1) continue;
    const margin = (t.width - cols * spec.pitchX) / 2 + (spec.pitchX - spec.windowW) / 2;
    const litBias = rng.range(0.5, 1.3); // some towers are busy, some nearly dark
    for (let y = t.top + (t.roof === 'slant' ? 44 : 12); y < t.base - spec.pitchY; y += spec.pitchY) {
      if (!rng.chance(spec.floorLit * litBias)) continue;
      for (let c = 0; c < cols; c++) {
        if (!rng.chance(spec.windowLit)) continue;
        const wx = Math.round(t.x + margin + c * spec.pitchX);
        const wy = Math.round(y);
        const prev = last[group];
        const move = prev === null ? `M${wx} ${wy}` : `m${wx - prev[0]} ${wy - prev[1]}`;
        out[group] += `${move}h${spec.windowW}v${spec.windowH}h-${spec.windowW}z`;
        last[group] = [wx, wy];
      }
    }
  }
  return out;
}

/** Thin horizontal floor lines, a cheap way to show glass towers lit floor by floor. */
export function floorLines(rng: Rng, towers: readonly Tower[], pitch: number, share: number): string {
  let d = '';
  for (const t of towers) {
    for (let y = t.top + 14; y < t.base - 6; y += pitch) {
      if (rng.chance(share)) d += `M${num(t.x + 3)} ${num(y)}h${num(t.width - 6)}`;
    }
  }
  return d;
}

/** Red aviation lights on the tallest roofs, as dots for a round-capped stroke. */
export function aviationLights(towers: readonly Tower[], minHeight: number): string {
  return towers
    .filter((t) => t.base - t.top >= minHeight)
    .map(
      (t) =>
        `M${num(t.x + t.width / 2)} ${num(t.top - (t.roof === 'spire' ? Math.min(70, t.width * 0.9) : t.roof === 'crown' ? 34 : 8))}h0`,
    )
    .join('');
}

/**
 * Shaded side face (right 30% of each tower, below the roof detail): gives the
 * flat silhouettes volume, as if lit from the left.
 */
export function sideFaces(towers: readonly Tower[]): string {
  return towers
    .map((t) => {
      const sx = t.x + t.width * 0.7;
      const top =
        t.roof === 'slant' ? t.top + Math.min(40, t.width * 0.5) * 0.3 : t.roof === 'crown' ? t.top + 20 : t.top;
      return `M${num(sx)} ${num(top)}H${num(t.x + t.width)}V${num(t.base)}H${num(sx)}Z`;
    })
    .join('');
}

/** LED outlines along the edges and roof of some towers, Chongqing's night signature. */
export function ledOutlines(rng: Rng, towers: readonly Tower[], share: number): string {
  let d = '';
  for (const t of towers) {
    if (!rng.chance(share) || t.roof === 'slant') continue;
    d += `M${num(t.x + 1)} ${num(t.base)}V${num(t.top + 1)}H${num(t.x + t.width - 1)}V${num(t.base)}`;
  }
  return d;
}
