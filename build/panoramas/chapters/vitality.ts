import { cruiseBoat } from '../boats';
import { skyline, towerOutline, towerWindows } from '../buildings';
import type { ChapterArt } from '../layers';
import { festoon, halos, lampRow, reflectionDashes, ripples } from '../lights';
import { createRng } from '../prng';
import {
  HEIGHT,
  WIDTH,
  el,
  horizontalGradient,
  num,
  path,
  radialGradient,
  svgDocument,
  verticalGradient,
} from '../svg';
import { treeLine } from '../terrain';
import { QUAY_X, vitalityFar, vitalitySky } from './vitality-skyline';
import { crowd, ledScreen, mall, plazaGarlands, ringSculpture, shopFronts } from './vitality-street';

/*
 * 活力 Vitality: a night in Guanyinqiao and along Beibin Road. Left, the
 * shopping district: towers with neon crowns and LED screens, a mall, a shop
 * streaming a sale, the pedestrian plaza. Right, the riverside promenade with
 * its lamps and bars mirrored in the Jialing.
 */

const GROUND = 800;
const WATER_Y = 800;
const MALL_X = 420;
const MALL_W = 620;
const SHOPS = [1090, 1560] as const;
const PLAZA_X = 1960;

/** Mall, live-stream shop and plaza on the left; promenade and bars on the right. */
function mid(): string {
  const rng = createRng(203);
  const bars = skyline(rng, {
    x0: QUAY_X + 40,
    x1: WIDTH,
    base: 772,
    minHeight: 40,
    maxHeight: 80,
    minWidth: 80,
    maxWidth: 150,
    gap: [8, 30],
    roofs: ['flat', 'slant'],
  });
  const barWin = towerWindows(
    rng,
    bars,
    { pitchX: 16, windowW: 10, pitchY: 18, windowH: 10, floorLit: 0.9, windowLit: 0.8 },
    0.2,
  );
  const lamps = lampRow(QUAY_X + 60, WIDTH, 150, 790, 64);
  let strings = '';
  for (let i = 0; i + 1 < lamps.points.length; i++) {
    const [a, b] = [lamps.points[i], lamps.points[i + 1]];
    if (a && b) strings += festoon(rng, a[0], a[1] + 4, b[0], b[1] + 4, 10, 8).dots;
  }
  let paving = '';
  for (let x = -1600; x < QUAY_X + 1600; x += 120)
    paving += `M${num(PLAZA_X + (x - PLAZA_X) * 0.3)} ${GROUND}L${x} ${HEIGHT}`;
  const defs =
    horizontalGradient('band', [
      [0, '#ff3fa4'],
      [0.5, '#ffcf3a'],
      [1, '#35e0ff'],
    ]) +
    verticalGradient('mall', [
      [0, '#46246e'],
      [1, '#1d1238'],
    ]) +
    verticalGradient('shop', [
      [0, '#fff0c8'],
      [1, '#ffb86a'],
    ]) +
    verticalGradient('p', [
      [0, '#3a2450'],
      [1, '#0d0818'],
    ]) +
    radialGradient('pool', [
      [0, '#ffd9a0', 0.55],
      [1, '#ffd9a0', 0],
    ]) +
    radialGradient('l', [
      [0, '#ffe2a0', 0.9],
      [1, '#ffe2a0', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { y: GROUND - 10, width: WIDTH, height: HEIGHT - GROUND + 10, fill: 'url(#p)' }) +
      path(paving, { stroke: '#ff9ad0', 'stroke-width': 1.2, opacity: 0.12 }) +
      el('ellipse', { cx: MALL_X + MALL_W / 2, cy: GROUND + 40, rx: 300, ry: 50, fill: 'url(#pool)' }) +
      el('ellipse', { cx: (SHOPS[0] + SHOPS[1]) / 2, cy: GROUND + 30, rx: 260, ry: 40, fill: 'url(#pool)' }) +
      el('rect', { x: 60, y: 560, width: 300, height: GROUND - 560, fill: '#24163a' }) +
      ledScreen(rng, 110, 440, 36, 300) +
      el('rect', { x: 170, y: 640, width: 170, height: GROUND - 650, fill: 'url(#shop)', opacity: 0.8 }) +
      mall(rng, MALL_X, 470, GROUND, MALL_W) +
      shopFronts(rng, SHOPS[0], SHOPS[1], GROUND) +
      el('rect', { x: 1640, y: 430, width: 640, height: GROUND - 430, fill: '#1c1030' }) +
      ledScreen(rng, 1670, 450, 580, 170) +
      plazaEntrances(1660, 2260) +
      plazaGarlands(rng, 1600, 2300, 660) +
      ringSculpture(PLAZA_X, GROUND) +
      path(bars.map(towerOutline).join(''), { fill: '#1c1230' }) +
      path(barWin.warm, { fill: '#ffc56e' }) +
      path(barWin.cool, { fill: '#ff7bc0' }) +
      path(`M${QUAY_X} 790H${WIDTH}`, { stroke: '#1c1230', 'stroke-width': 10 }) +
      path(lamps.poles, { stroke: '#1c1230', 'stroke-width': 3 }) +
      halos(lamps.points, 26, 'l') +
      path(strings, { stroke: '#ffe8a8', 'stroke-width': 3.5, 'stroke-linecap': 'round' }),
  );
}

/** Lit entrances along the foot of the plaza's screen building, so its wall is alive at street level. */
function plazaEntrances(x0: number, x1: number): string {
  let doors = '';
  let signs = '';
  const w = (x1 - x0) / 6;
  for (let i = 0; i < 6; i++) {
    const x = x0 + i * w;
    doors += `M${num(x + 12)} ${GROUND - 90}h${num(w - 24)}v90h-${num(w - 24)}Z`;
    signs += `M${num(x + 18)} ${GROUND - 104}h${num(w - 36)}`;
  }
  return (
    path(doors, { fill: 'url(#shop)', opacity: 0.85 }) +
    path(signs, { stroke: '#35e0ff', 'stroke-width': 6, opacity: 0.85 })
  );
}

function river(): string {
  const rng = createRng(204);
  let reflections = '';
  for (let x = QUAY_X + 80; x < WIDTH; x += rng.range(40, 110))
    reflections += path(reflectionDashes(rng, x, WATER_Y, 240, 30), {
      stroke: rng.pick(['#ffcf7a', '#ff6fae', '#5ee6ff']),
      'stroke-width': 2.4,
      opacity: 0.55,
    });
  const defs = verticalGradient('w', [
    [0, '#4a1d58'],
    [0.3, '#1a0c2c'],
    [1, '#06040e'],
  ]);
  return svgDocument(
    defs,
    path(`M${QUAY_X} ${WATER_Y}H${WIDTH}V${HEIGHT}H${QUAY_X - 260}Z`, { fill: 'url(#w)' }) +
      reflections +
      path(ripples(rng, 220, QUAY_X, WIDTH, WATER_Y + 6, HEIGHT), {
        stroke: '#ffb0d8',
        'stroke-width': 1.3,
        opacity: 0.25,
      }) +
      cruiseBoat(3050, 900, '#ff3fa4', 206) +
      // Quay wall with stepped edge; drawn with the water so the two never drift apart.
      path(`M${QUAY_X - 20} ${WATER_Y - 6}L${QUAY_X - 290} ${HEIGHT}h40L${QUAY_X + 10} ${WATER_Y - 6}Z`, {
        fill: '#1a1028',
      }) +
      path(`M${QUAY_X - 6} ${WATER_Y}L${QUAY_X - 262} ${HEIGHT}`, {
        stroke: '#ffd79a',
        'stroke-width': 2,
        'stroke-dasharray': '4 10',
      }),
  );
}

function fore(): string {
  const rng = createRng(205);
  const trees = treeLine(rng, -40, 300, 940, 110, 1.2) + treeLine(rng, 1380, 1520, 960, 80, 1);
  let fairy = '';
  for (let i = 0; i < 160; i++)
    fairy += `M${Math.round(rng.range(-20, 320))} ${Math.round(rng.range(720, 960))}h0M${Math.round(rng.range(1350, 1540))} ${Math.round(rng.range(820, 960))}h0`;
  const rail =
    `M${QUAY_X + 330} 960H${WIDTH}M${QUAY_X + 330} 976H${WIDTH}` +
    Array.from({ length: 40 }, (_, i) => `M${QUAY_X + 330 + i * 38} 960v50`).join('');
  return svgDocument(
    radialGradient('l', [
      [0, '#ffe2a0', 0.9],
      [1, '#ffe2a0', 0],
    ]),
    path(trees, { fill: '#0a0614' }) +
      path(fairy, { stroke: '#ffe8a8', 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.9 }) +
      path(crowd(rng, 340, 2250, 930, 34, 1.1) + crowd(rng, QUAY_X + 360, 3700, 985, 9, 1.3), { fill: '#0a0614' }) +
      // Our own promenade deck on the right, so the people by the railing stand on something.
      path(`M0 1040H${QUAY_X + 260}L${QUAY_X + 330} 1010H${WIDTH}V${HEIGHT}H0Z`, { fill: '#0a0614' }) +
      path(rail, { stroke: '#0a0614', 'stroke-width': 5 }) +
      halos(
        [
          [QUAY_X + 520, 900],
          [QUAY_X + 1100, 900],
        ],
        40,
        'l',
      ) +
      path(`M${QUAY_X + 520} 1010V900M${QUAY_X + 1100} 1010V900`, { stroke: '#0a0614', 'stroke-width': 5 }),
  );
}

/** Builds the five layers of the Vitality chapter. */
export function vitality(): ChapterArt {
  return {
    layers: [
      { name: 'sky', svg: vitalitySky() },
      { name: 'far', svg: vitalityFar() },
      { name: 'mid', svg: mid() },
      { name: 'river', svg: river() },
      { name: 'fore', svg: fore() },
    ],
    alt: {
      'zh-CN':
        '观音桥商圈与北滨路的夜晚：霓虹楼宇和大屏闪烁，商场与直播带货的店铺灯火通明，步行广场人来人往，江边步道的灯光倒映在嘉陵江上。',
      en: 'Night in the Guanyinqiao business district and on Beibin Road: neon-crowned towers and giant screens, a glowing mall and a shop streaming a sale, a busy pedestrian plaza, and riverside promenade lights mirrored in the Jialing River.',
    },
    hotspots: {
      'retail-sales': { x: MALL_X + MALL_W / 2, y: 620 },
      // Below the phone's drawn ▶, on the shopfronts: on the ▶ it read as a play button (issue 20).
      promotions: { x: (SHOPS[0] + SHOPS[1]) / 2, y: 734 },
      guanyinqiao: { x: PLAZA_X, y: 740 },
      'beibin-night': { x: 3000, y: 760 },
    },
  };
}
