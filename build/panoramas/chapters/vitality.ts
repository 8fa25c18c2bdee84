import { skyline, towerOutline, towerWindows } from '../buildings';
import type { ChapterArt } from '../layers';
import { festoon, glow, halos, lampRow, reflectionDashes, ripples } from '../lights';
import { createRng, type Rng } from '../prng';
import { HEIGHT, WIDTH, el, horizontalGradient, num, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { circlePath, ridgePath, starsPath, treeLine } from '../terrain';

/*
 * 活力 Vitality: a night in Guanyinqiao and along Beibin Road. Left, the
 * shopping district: towers with neon crowns and LED screens, a mall, a shop
 * streaming a sale, the pedestrian plaza. Right, the riverside promenade with
 * its lamps and bars mirrored in the Jialing.
 */

const PLAZA_Y = 800;
const QUAY_X = 2330;
const WATER_Y = 800;
const NEON = ['#ff3fa4', '#35e0ff', '#ffcf3a', '#9d6bff'] as const;

function sky(): string {
  const rng = createRng(201);
  const defs =
    verticalGradient('s', [[0, '#07051a'], [0.35, '#1a0b3a'], [0.6, '#3d1456'], [0.74, '#7a2a6e'], [1, '#a04474']]) +
    radialGradient('g', [[0, '#ff6fae', 0.45], [1, '#ff6fae', 0]]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(1200, 700, 1300, 320, 'g') +
      glow(3000, 760, 900, 200, 'g', 0.6) +
      path(starsPath(rng, 140, 330), { stroke: '#fff', 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.55 }),
  );
}

/** A tall LED screen: a few horizontal colour bands, like a looping advert. */
function ledScreen(rng: Rng, x: number, y: number, w: number, h: number): string {
  let bands = '';
  let cy = y;
  while (cy < y + h) {
    const bh = Math.min(rng.range(h * 0.15, h * 0.4), y + h - cy);
    bands += el('rect', { x, y: cy, width: w, height: bh, fill: rng.pick(NEON), opacity: 0.85 });
    cy += bh;
  }
  return bands + el('rect', { x, y, width: w, height: h, fill: 'none', stroke: '#fff', 'stroke-width': 2, opacity: 0.6 });
}

function far(): string {
  const rng = createRng(202);
  const district = skyline(rng, { x0: 80, x1: QUAY_X - 40, base: 690, minHeight: 160, maxHeight: 400, minWidth: 50, maxWidth: 110, gap: [-10, 6], profile: (x) => 0.7 + 0.5 * Math.exp(-(((x - 1300) / 700) ** 2)) });
  const farBank = skyline(rng, { x0: QUAY_X - 60, x1: WIDTH + 20, base: 730, minHeight: 40, maxHeight: 190, minWidth: 30, maxWidth: 80, gap: [-8, 6] });
  const win = towerWindows(rng, district, { pitchX: 10, windowW: 5, pitchY: 14, windowH: 6, floorLit: 0.45, windowLit: 0.6 }, 0.45);
  const bankWin = towerWindows(rng, farBank, { pitchX: 8, windowW: 3, pitchY: 11, windowH: 4, floorLit: 0.4, windowLit: 0.5 });
  // Neon crowns: a coloured line along each roof, the look of the district at night.
  let crowns = '';
  for (const t of district) if (rng.chance(0.55)) crowns += path(`M${num(t.x + 2)} ${num(t.top + 4)}h${num(t.width - 4)}`, { stroke: rng.pick(NEON), 'stroke-width': 4, opacity: 0.9 });
  let screens = '';
  for (const t of district.filter((tw) => tw.width > 80 && tw.base - tw.top > 250).slice(0, 5)) screens += ledScreen(rng, t.x + 10, t.top + 40, t.width - 20, 90);
  return svgDocument(
    verticalGradient('t', [[0, '#2a1845'], [1, '#120a22']]),
    path(ridgePath(rng, { baseY: 650, amplitude: 40, step: 32 }), { fill: '#2b1744' }) +
      path(farBank.map(towerOutline).join(''), { fill: '#3a1f55' }) +
      path(bankWin.warm + bankWin.cool, { fill: '#ffc98a', opacity: 0.5 }) +
      path(district.map(towerOutline).join(''), { fill: 'url(#t)' }) +
      path(win.warm, { fill: '#ffd79a', opacity: 0.8 }) +
      path(win.cool, { fill: '#9fe8ff', opacity: 0.7 }) +
      crowns +
      screens,
  );
}

/** Mall, live-stream shop and plaza on the left; promenade and bars on the right. */
function mid(): string {
  const rng = createRng(203);
  const mallX = 420;
  // The mall: a wide block with lit glass floors and a wrap-around LED band.
  let mall =
    el('rect', { x: mallX, y: 520, width: 620, height: PLAZA_Y - 520, fill: '#241538' }) +
    el('rect', { x: mallX + 20, y: 560, width: 580, height: 36, fill: 'url(#band)' });
  for (let y = 620; y < PLAZA_Y - 30; y += 34) mall += el('rect', { x: mallX + 20, y, width: 580, height: 18, fill: '#ffd9a0', opacity: rng.range(0.35, 0.75) });
  mall += el('rect', { x: mallX + 250, y: PLAZA_Y - 70, width: 120, height: 70, fill: '#fff3d6', opacity: 0.9 }); // entrance
  const shops = shopFronts(rng, 1100, 1560);
  const plaza = plazaPieces(rng, 1600, QUAY_X - 30);
  const bars = skyline(rng, { x0: QUAY_X + 30, x1: WIDTH, base: 770, minHeight: 30, maxHeight: 70, minWidth: 70, maxWidth: 140, gap: [6, 30], roofs: ['flat'] });
  const barWin = towerWindows(rng, bars, { pitchX: 16, windowW: 10, pitchY: 18, windowH: 10, floorLit: 0.9, windowLit: 0.8 }, 0.2);
  const lamps = lampRow(QUAY_X + 60, WIDTH, 150, 786, 60);
  const defs =
    horizontalGradient('band', [[0, '#ff3fa4'], [0.5, '#ffcf3a'], [1, '#35e0ff']]) +
    verticalGradient('p', [[0, '#2a1a3e'], [1, '#0d0818']]) +
    radialGradient('l', [[0, '#ffe2a0', 0.9], [1, '#ffe2a0', 0]]);
  return svgDocument(
    defs,
    el('rect', { y: PLAZA_Y - 10, width: WIDTH, height: HEIGHT - PLAZA_Y + 10, fill: 'url(#p)' }) +
      mall +
      shops +
      plaza +
      path(bars.map(towerOutline).join(''), { fill: '#1c1230' }) +
      path(barWin.warm, { fill: '#ffc56e' }) +
      path(barWin.cool, { fill: '#ff7bc0' }) +
      path(`M${QUAY_X} 786H${WIDTH}`, { stroke: '#1c1230', 'stroke-width': 8 }) +
      path(lamps.poles, { stroke: '#1c1230', 'stroke-width': 3 }) +
      halos(lamps.points, 26, 'l'),
  );
}

/** Three shop fronts; the middle one streams a sale: phone frame, play button, hearts, discount stripes. */
function shopFronts(rng: Rng, x0: number, x1: number): string {
  const w = (x1 - x0) / 3;
  let out = '';
  for (let i = 0; i < 3; i++) {
    const x = x0 + i * w;
    out += el('rect', { x: x + 6, y: 640, width: w - 12, height: PLAZA_Y - 640, fill: '#2c1a44' });
    out += el('rect', { x: x + 18, y: 700, width: w - 36, height: PLAZA_Y - 712, fill: '#ffe7b8', opacity: 0.85 });
    out += el('rect', { x: x + 6, y: 656, width: w - 12, height: 22, fill: rng.pick(NEON) });
  }
  const cx = x0 + w * 1.5;
  out +=
    el('rect', { x: cx - 48, y: 520, width: 96, height: 170, rx: 14, fill: '#120a22', stroke: '#ff3fa4', 'stroke-width': 5 }) +
    path(`M${num(cx - 14)} 580l34 20l-34 20Z`, { fill: '#fff' }) +
    path(circlePath(cx + 30, 650, 7) + circlePath(cx + 20, 664, 5) + circlePath(cx + 34, 674, 4), { fill: '#ff5f9e' }) +
    path(`M${num(x0 + 20)} 560l60 -30M${num(x0 + 20)} 585l60 -30M${num(x1 - 80)} 560l60 -30M${num(x1 - 80)} 585l60 -30`, { stroke: '#ffcf3a', 'stroke-width': 10, 'stroke-linecap': 'round' });
  return out;
}

/** Plaza: a ring sculpture, a huge screen wall and trees dressed in fairy lights. */
function plazaPieces(rng: Rng, x0: number, x1: number): string {
  const cx = (x0 + x1) / 2;
  let lights = '';
  for (let i = 0; i < 5; i++) {
    const f = festoon(rng, x0 + i * 150, 640, x0 + i * 150 + 150, 640, 18, 10);
    lights += f.dots;
  }
  return (
    el('rect', { x: x0 + 40, y: 520, width: x1 - x0 - 80, height: 110, fill: '#140b24' }) +
    ledScreen(rng, x0 + 60, 535, x1 - x0 - 120, 80) +
    path(`M${num(cx - 90)} ${PLAZA_Y}a90 90 0 1 1 180 0`, { stroke: '#35e0ff', 'stroke-width': 10, fill: 'none' }) +
    path(`M${num(cx - 70)} ${PLAZA_Y}a70 70 0 1 1 140 0`, { stroke: '#ff3fa4', 'stroke-width': 5, fill: 'none', opacity: 0.8 }) +
    path(lights, { stroke: '#ffe8a8', 'stroke-width': 5, 'stroke-linecap': 'round' })
  );
}

function river(): string {
  const rng = createRng(204);
  let reflections = '';
  for (let x = QUAY_X + 80; x < WIDTH; x += rng.range(40, 110)) reflections += path(reflectionDashes(rng, x, WATER_Y, 240, 30), { stroke: rng.pick(['#ffcf7a', '#ff6fae', '#5ee6ff']), 'stroke-width': 2.4, opacity: 0.55 });
  const defs = verticalGradient('w', [[0, '#3a1848'], [0.3, '#1a0c2c'], [1, '#06040e']]);
  return svgDocument(
    defs,
    path(`M${QUAY_X} ${WATER_Y}H${WIDTH}V${HEIGHT}H${QUAY_X - 260}Z`, { fill: 'url(#w)' }) +
      reflections +
      path(ripples(rng, 220, QUAY_X, WIDTH, WATER_Y + 6, HEIGHT), { stroke: '#ffb0d8', 'stroke-width': 1.3, opacity: 0.25 }) +
      // Quay wall with stepped edge; drawn with the water so the two never drift apart.
      path(`M${QUAY_X - 20} ${WATER_Y - 6}L${QUAY_X - 290} ${HEIGHT}h40L${QUAY_X + 10} ${WATER_Y - 6}Z`, { fill: '#1a1028' }) +
      path(`M${QUAY_X - 6} ${WATER_Y}L${QUAY_X - 262} ${HEIGHT}`, { stroke: '#ffd79a', 'stroke-width': 2, 'stroke-dasharray': '4 10' }),
  );
}

/** People strolling on the plaza: head + body, varied heights. */
function people(rng: Rng, x0: number, x1: number, baseY: number, count: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = rng.range(x0, x1);
    const h = rng.range(70, 110);
    const y = baseY + rng.range(0, 50);
    d += circlePath(x, y - h, h * 0.09) + `M${num(x - h * 0.12)} ${num(y)}L${num(x - h * 0.1)} ${num(y - h * 0.82)}h${num(h * 0.2)}L${num(x + h * 0.12)} ${num(y)}Z`;
  }
  return d;
}

function fore(): string {
  const rng = createRng(205);
  const trees = treeLine(rng, -40, 300, 940, 110, 1.2) + treeLine(rng, 1350, 1500, 960, 80, 1);
  let fairy = '';
  for (let i = 0; i < 160; i++) fairy += `M${Math.round(rng.range(-20, 320))} ${Math.round(rng.range(720, 960))}h0M${Math.round(rng.range(1320, 1530))} ${Math.round(rng.range(800, 960))}h0`;
  const rail = `M${QUAY_X + 300} 1000H${WIDTH}` + Array.from({ length: 40 }, (_, i) => `M${QUAY_X + 300 + i * 38} 1000v60`).join('');
  return svgDocument(
    radialGradient('l', [[0, '#ffe2a0', 0.9], [1, '#ffe2a0', 0]]),
    path(trees, { fill: '#0a0614' }) +
      path(fairy, { stroke: '#ffe8a8', 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.9 }) +
      path(people(rng, 350, 2100, 1000, 26), { fill: '#0a0614' }) +
      path(`M0 1040H${WIDTH}V${HEIGHT}H0Z`, { fill: '#0a0614' }) +
      path(rail, { stroke: '#0a0614', 'stroke-width': 5 }) +
      halos([[QUAY_X + 520, 940], [QUAY_X + 1020, 940]], 40, 'l'),
  );
}

/** Builds the five layers of the Vitality chapter. */
export function vitality(): ChapterArt {
  return {
    layers: [
      { name: 'sky', svg: sky() },
      { name: 'far', svg: far() },
      { name: 'mid', svg: mid() },
      { name: 'river', svg: river() },
      { name: 'fore', svg: fore() },
    ],
    alt: {
      'zh-CN': '观音桥商圈与北滨路的夜晚：霓虹楼宇和大屏闪烁，商场与直播带货的店铺灯火通明，步行广场人来人往，江边步道的灯光倒映在嘉陵江上。',
      en: 'Night in Guanyinqiao and on Beibin Road: neon-crowned towers and giant screens, a glowing mall and a shop streaming a sale, a busy pedestrian plaza, and riverside promenade lights mirrored in the Jialing River.',
    },
    hotspots: {
      'retail-sales': { x: 730, y: 600 },
      promotions: { x: 1330, y: 600 },
      guanyinqiao: { x: 1960, y: 700 },
      'beibin-night': { x: 3000, y: 760 },
    },
  };
}
