import { skyline, towerOutline, towerWindows, ledOutlines, sideFaces } from '../buildings';
import { piers } from '../bridges';
import { glow } from '../lights';
import { createRng } from '../prng';
import { HEIGHT, WIDTH, el, num, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { ridgePath, starsPath } from '../terrain';
import { NEON, ledScreen } from './vitality-street';

/*
 * The Vitality chapter's sky and far layer: the Guanyinqiao towers with neon
 * crowns and screens, searchlights, and the far bank of the Jialing with a bridge.
 */

/** Where the plaza meets the quay: the far layer's district stops here and the river view opens. */
export const QUAY_X = 2330;

/** Night sky washed magenta by the district's lights. */
export function vitalitySky(): string {
  const rng = createRng(201);
  const defs =
    verticalGradient('s', [
      [0, '#07051a'],
      [0.35, '#1a0b3a'],
      [0.58, '#3d1456'],
      [0.7, '#7a2a6e'],
      [1, '#b04a7a'],
    ]) +
    radialGradient('g', [
      [0, '#ff6fae', 0.5],
      [1, '#ff6fae', 0],
    ]) +
    radialGradient('c', [
      [0, '#5ecfff', 0.3],
      [1, '#5ecfff', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(1300, 720, 1300, 360, 'g') +
      glow(3000, 760, 900, 200, 'c') +
      path(starsPath(rng, 140, 320), { stroke: '#fff', 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.55 }),
  );
}

/** Searchlight beams fanning up from the district, the sign of a night out. */
function beams(): string {
  const fan = (x: number, y: number, angle: number): string => {
    const a = (angle * Math.PI) / 180;
    const len = 700;
    const spread = 0.05;
    return `M${x} ${y}L${num(x + Math.sin(a - spread) * len)} ${num(y - Math.cos(a - spread) * len)}L${num(x + Math.sin(a + spread) * len)} ${num(y - Math.cos(a + spread) * len)}Z`;
  };
  return path(fan(1000, 600, -24) + fan(1020, 600, 14) + fan(1900, 620, 30), { fill: 'url(#beam)' });
}

/** The district skyline and the far bank. */
export function vitalityFar(): string {
  const rng = createRng(202);
  const district = skyline(rng, {
    x0: 200,
    x1: QUAY_X - 20,
    base: 700,
    minHeight: 160,
    maxHeight: 420,
    minWidth: 50,
    maxWidth: 110,
    gap: [-10, 6],
    profile: (x) => 0.7 + 0.5 * Math.exp(-(((x - 1300) / 700) ** 2)),
  });
  const farBank = skyline(rng, {
    x0: QUAY_X - 80,
    x1: WIDTH + 20,
    base: 736,
    minHeight: 40,
    maxHeight: 220,
    minWidth: 30,
    maxWidth: 80,
    gap: [-8, 6],
  });
  const win = towerWindows(
    rng,
    district,
    { pitchX: 10, windowW: 5, pitchY: 14, windowH: 6, floorLit: 0.45, windowLit: 0.6 },
    0.45,
  );
  const bankWin = towerWindows(rng, farBank, {
    pitchX: 8,
    windowW: 3,
    pitchY: 11,
    windowH: 4,
    floorLit: 0.45,
    windowLit: 0.55,
  });
  // Neon crowns: a coloured line along each roof, the look of the district at night.
  let crowns = '';
  for (const t of district)
    if (rng.chance(0.55))
      crowns += path(`M${num(t.x + 2)} ${num(t.top + 4)}h${num(t.width - 4)}`, {
        stroke: rng.pick(NEON),
        'stroke-width': 4,
        opacity: 0.9,
      });
  let screens = '';
  for (const t of district.filter((tw) => tw.width > 80 && tw.base - tw.top > 250).slice(0, 5))
    screens += ledScreen(rng, t.x + 10, t.top + 40, t.width - 20, 90);
  // A girder bridge over the Jialing, its deck lights strung across the water.
  const deck = `M${QUAY_X + 200} 716H3600v8H${QUAY_X + 200}Z`;
  let deckLights = '';
  for (let x = QUAY_X + 210; x < 3600; x += 22) deckLights += `M${x} 714h0`;
  const defs =
    verticalGradient('t', [
      [0, '#2e1a4c'],
      [1, '#120a22'],
    ]) +
    verticalGradient('beam', [
      [0, '#b9e6ff', 0],
      [1, '#b9e6ff', 0.22],
    ]);
  return svgDocument(
    defs,
    beams() +
      path(ridgePath(rng, { baseY: 650, amplitude: 40, step: 32 }), { fill: '#2b1744' }) +
      path(farBank.map(towerOutline).join(''), { fill: '#3a1f55' }) +
      path(bankWin.warm + bankWin.cool, { fill: '#ffc98a', opacity: 0.55 }) +
      path(deck + piers(QUAY_X + 200, 3600, 716, 180, 40), { fill: '#24143a' }) +
      path(deckLights, { stroke: '#ffe2a0', 'stroke-width': 3.5, 'stroke-linecap': 'round' }) +
      path(district.map(towerOutline).join(''), { fill: 'url(#t)' }) +
      path(sideFaces(district), { fill: '#0a0616', opacity: 0.45 }) +
      path(win.warm, { fill: '#ffd79a', opacity: 0.8 }) +
      path(win.cool, { fill: '#9fe8ff', opacity: 0.7 }) +
      path(ledOutlines(rng, district, 0.2), { stroke: '#ff8ad0', 'stroke-width': 2, fill: 'none', opacity: 0.7 }) +
      crowns +
      screens,
  );
}
