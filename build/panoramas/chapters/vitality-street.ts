import { festoon } from '../lights';
import type { Rng } from '../prng';
import { el, num, path } from '../svg';
import { circlePath } from '../terrain';

/*
 * Street-level pieces of the Guanyinqiao scene: the mall, the shop streaming
 * a sale, the plaza, the crowd. Shapes only: no words on any sign, so the art
 * works in every language.
 */

/** Neon palette shared by the whole Vitality chapter. */
export const NEON = ['#ff3fa4', '#35e0ff', '#ffcf3a', '#9d6bff'] as const;

/**
 * A screen showing a looping advert frozen mid-frame: colour bands, a bright
 * disc and a diagonal swoosh, with faint scanlines so it reads as a screen.
 */
export function ledScreen(rng: Rng, x: number, y: number, w: number, h: number): string {
  let bands = '';
  let cy = y;
  while (cy < y + h - 1) {
    const bh = Math.min(rng.range(h * 0.2, h * 0.45), y + h - cy);
    bands += el('rect', { x, y: cy, width: w, height: bh, fill: rng.pick(NEON), opacity: 0.85 });
    cy += bh;
  }
  const r = Math.min(w, h) * 0.3;
  const disc = circlePath(x + w * rng.range(0.25, 0.75), y + h / 2, r);
  const swoosh = `M${num(x)} ${num(y + h * 0.8)}L${num(x + w * 0.6)} ${num(y + h * 0.2)}L${num(x + w * 0.7)} ${num(y + h * 0.2)}L${num(x + w * 0.1)} ${num(y + h * 0.8)}Z`;
  let scan = '';
  for (let sy = y + 4; sy < y + h; sy += 6) scan += `M${num(x)} ${num(sy)}h${num(w)}`;
  return (
    bands +
    path(swoosh, { fill: '#fff', opacity: 0.25 }) +
    path(disc, { fill: '#fff6d8', opacity: 0.8 }) +
    path(scan, { stroke: '#000', 'stroke-width': 1, opacity: 0.15 }) +
    el('rect', { x, y, width: w, height: h, fill: 'none', stroke: '#fff', 'stroke-width': 2, opacity: 0.6 })
  );
}

/** The mall: glass block with a rounded corner, lit floors, a media facade and a bright entrance. */
export function mall(rng: Rng, x: number, top: number, ground: number, width: number): string {
  let floors = '';
  for (let y = top + 150; y < ground - 60; y += 30)
    floors += el('rect', {
      x: x + 24,
      y,
      width: width - 48,
      height: 14,
      fill: '#ffd9a0',
      opacity: Math.round(rng.range(0.3, 0.8) * 100) / 100,
    });
  let mesh = '';
  for (let mx = x + 40; mx < x + width - 20; mx += 40) mesh += `M${mx} ${top + 10}V${ground - 70}`;
  return (
    el('rect', { x, y: top, width, height: ground - top, rx: 36, fill: 'url(#mall)' }) +
    el('rect', { x: x + 24, y: top + 30, width: width - 48, height: 96, rx: 6, fill: 'url(#band)' }) +
    floors +
    path(mesh, { stroke: '#fff', 'stroke-width': 1, opacity: 0.12 }) +
    el('rect', { x: x + width / 2 - 90, y: ground - 74, width: 180, height: 74, fill: '#fff1cc' }) +
    el('rect', { x: x + width / 2 - 120, y: ground - 84, width: 240, height: 12, fill: '#ff3fa4' })
  );
}

/**
 * Three shop fronts; the middle one streams a sale: a phone frame with a play
 * button and floating hearts, a big "%" built from shapes, and striped banners.
 */
export function shopFronts(rng: Rng, x0: number, x1: number, ground: number): string {
  const w = (x1 - x0) / 3;
  let out = '';
  for (let i = 0; i < 3; i++) {
    const x = x0 + i * w;
    let awning = '';
    for (let ax = x + 10; ax < x + w - 10; ax += 24) awning += `M${num(ax)} 672h12l-4 26h-12Z`;
    out +=
      el('rect', { x: x + 6, y: 620, width: w - 12, height: ground - 620, fill: '#2c1a44' }) +
      el('rect', { x: x + 18, y: 700, width: w - 36, height: ground - 708, fill: 'url(#shop)' }) +
      el('rect', { x: x + 6, y: 632, width: w - 12, height: 26, fill: rng.pick(NEON) }) +
      path(awning, { fill: '#fff', opacity: 0.75 });
    for (let m = 0; m < 3; m++)
      out += path(circlePath(x + 40 + m * 40, 730, 8) + `M${num(x + 32 + m * 40)} 740h16l4 50h-24Z`, {
        fill: '#4a2a40',
        opacity: 0.7,
      });
  }
  const cx = x0 + w * 1.5;
  const percent =
    circlePath(x1 - 60, 520, 14) + circlePath(x1 - 10, 580, 14) + `M${num(x1 - 6)} 500l-58 100h-12l58 -100Z`;
  out +=
    el('rect', {
      x: cx - 56,
      y: 460,
      width: 112,
      height: 200,
      rx: 16,
      fill: '#120a22',
      stroke: '#ff3fa4',
      'stroke-width': 6,
    }) +
    el('rect', { x: cx - 44, y: 476, width: 88, height: 168, rx: 6, fill: '#2a1050' }) +
    path(circlePath(cx, 540, 30), { fill: '#ff3fa4' }) +
    path(`M${num(cx - 10)} 524l26 16l-26 16Z`, { fill: '#fff' }) +
    path(circlePath(cx + 62, 600, 9) + circlePath(cx + 74, 574, 7) + circlePath(cx + 66, 548, 5), { fill: '#ff5f9e' }) +
    path(circlePath(cx, 630, 4) + `M${num(cx - 20)} 630h40`, { stroke: '#fff', 'stroke-width': 3, opacity: 0.7 }) +
    path(percent, { fill: '#ffcf3a' }) +
    path(`M${num(x0 + 20)} 560l60 -30M${num(x0 + 20)} 588l60 -30M${num(x0 + 20)} 616l60 -30`, {
      stroke: '#ffcf3a',
      'stroke-width': 10,
      'stroke-linecap': 'round',
    });
  return out;
}

/** The plaza's centrepiece: a double neon ring sculpture with a light pool beneath. */
export function ringSculpture(cx: number, ground: number): string {
  return (
    el('ellipse', { cx, cy: ground + 40, rx: 220, ry: 40, fill: 'url(#pool)' }) +
    path(`M${num(cx - 100)} ${ground + 20}a100 100 0 1 1 200 0`, {
      stroke: '#35e0ff',
      'stroke-width': 12,
      fill: 'none',
    }) +
    path(`M${num(cx - 76)} ${ground + 20}a76 76 0 1 1 152 0`, {
      stroke: '#ff3fa4',
      'stroke-width': 6,
      fill: 'none',
      opacity: 0.85,
    }) +
    el('rect', { x: cx - 120, y: ground + 16, width: 240, height: 10, fill: '#1a1030' })
  );
}

/** Fairy-light garlands strung across the plaza. */
export function plazaGarlands(rng: Rng, x0: number, x1: number, y: number): string {
  let dots = '';
  let wires = '';
  for (let x = x0; x < x1; x += 160) {
    const f = festoon(rng, x, y + rng.range(-6, 6), x + 160, y + rng.range(-6, 6), 16, 12);
    dots += f.dots;
    wires += f.wire;
  }
  return (
    path(wires, { stroke: '#1a1030', 'stroke-width': 1.5, fill: 'none' }) +
    path(dots, { stroke: '#ffe8a8', 'stroke-width': 5, 'stroke-linecap': 'round' })
  );
}

/** People strolling: head + tapered body, some carrying a shopping bag. */
export function crowd(rng: Rng, x0: number, x1: number, baseY: number, count: number, scale = 1): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = rng.range(x0, x1);
    const h = rng.range(70, 110) * scale;
    const y = baseY + rng.range(0, 40) * scale;
    d +=
      circlePath(x, y - h * 0.92, h * 0.085) +
      `M${num(x - h * 0.13)} ${num(y)}L${num(x - h * 0.11)} ${num(y - h * 0.8)}h${num(h * 0.22)}L${num(x + h * 0.13)} ${num(y)}Z`;
    if (rng.chance(0.35))
      d += `M${num(x + h * 0.12)} ${num(y - h * 0.45)}h${num(h * 0.14)}v${num(h * 0.16)}h-${num(h * 0.14)}Z`;
  }
  return d;
}
