import type { ChapterArt } from '../layers';
import { floorLines, skyline, towerOutline } from '../buildings';
import { containerStacks, dataFlow, gantryCrane, mast5g, sawtoothHall } from '../industry';
import { glow, halos, reflectionDashes, ripples } from '../lights';
import { createRng, type Rng } from '../prng';
import {
  CYAN,
  GROUND,
  bigDataTower,
  bioLab,
  constructionSite,
  dataCentre,
  institute,
  smartFactory,
} from './momentum-buildings';
import { HEIGHT, WIDTH, el, num, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { circlePath, ridgePath, starsPath, treeLine } from '../terrain';

/*
 * 动力 Momentum: the Yufu and Gangcheng industrial parks at blue hour. Solar
 * roofs, a construction site, Haier's research institute, a data centre, the
 * Poly big-data tower and a bio-lab, stitched together by data-flow lines;
 * an autonomous car and a robot arm in front.
 */

const WATER_Y = 752;

const SITE_X = 1040;
const HAIER_X = 1530;
const DATA_X = 2270;
const POLY_X = 2880;
const BIO_X = 3400;

function sky(): string {
  const rng = createRng(301);
  const defs =
    verticalGradient('s', [
      [0, '#040d22'],
      [0.3, '#0a2446'],
      [0.45, '#14506e'],
      [0.53, '#3b8a98'],
      [0.6, '#e8b88e'],
      [0.66, '#f6c890'],
      [1, '#f6c890'],
    ]) +
    radialGradient('g', [
      [0, '#ffd7a0', 0.6],
      [1, '#ffd7a0', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(700, 640, 1100, 200, 'g') +
      path(starsPath(rng, 200, 380), {
        stroke: '#dff6ff',
        'stroke-width': 2,
        'stroke-linecap': 'round',
        opacity: 0.6,
      }) +
      constellation(rng),
  );
}

/** A faint network of linked points across the sky: the data age written in stars. */
function constellation(rng: Rng): string {
  let lines = '';
  let nodes = '';
  for (let c = 0; c < 7; c++) {
    let x = rng.range(300, WIDTH - 300);
    let y = rng.range(60, 300);
    lines += `M${num(x)} ${num(y)}`;
    nodes += `M${num(x)} ${num(y)}h0`;
    for (let k = 0; k < 4; k++) {
      x += rng.range(-160, 160);
      y = Math.max(40, Math.min(360, y + rng.range(-70, 70)));
      lines += `L${num(x)} ${num(y)}`;
      nodes += `M${num(x)} ${num(y)}h0`;
    }
  }
  return (
    path(lines, { stroke: CYAN, 'stroke-width': 1, fill: 'none', opacity: 0.22 }) +
    path(nodes, { stroke: '#bff8ff', 'stroke-width': 5, 'stroke-linecap': 'round', opacity: 0.7 })
  );
}

function far(): string {
  const rng = createRng(302);
  const masts = [420, 1880, 3420].map((x, i) => mast5g(x, 640 - i * 10, 150));
  // Gangcheng's river port behind the park: gantry cranes over container stacks.
  const cranes = [2300, 2480, 2660].map((x) => gantryCrane(x, 720, 110)).join('');
  const stacks = containerStacks(rng, 2200, 2760, 722, ['#c4553a', '#2f78b0', '#d9a23a', '#3d8a6a']);
  const sheds = skyline(rng, {
    x0: 0,
    x1: WIDTH,
    base: 724,
    minHeight: 20,
    maxHeight: 60,
    minWidth: 80,
    maxWidth: 200,
    gap: [10, 80],
    roofs: ['flat', 'slant'],
  });
  return svgDocument(
    verticalGradient('h', [
      [0, '#1d5a70'],
      [1, '#0f3448'],
    ]),
    path(ridgePath(rng, { baseY: 620, amplitude: 60, step: 32 }), { fill: '#2a6478' }) +
      path(ridgePath(rng, { baseY: 680, amplitude: 34, step: 32 }), { fill: 'url(#h)' }) +
      path(sheds.map(towerOutline).join(''), { fill: '#143c50' }) +
      path(floorLines(rng, sheds, 12, 0.5), { stroke: '#ffd9a0', 'stroke-width': 2, opacity: 0.45 }) +
      stacks.map((g) => path(g.d, { fill: g.color, opacity: 0.8 })).join('') +
      path(cranes, { fill: '#0f2d3e' }) +
      path(masts.map((m) => m.lattice).join(''), { stroke: '#0c2a3a', 'stroke-width': 2.5, fill: 'none' }) +
      path(masts.map((m) => m.arcs).join(''), { stroke: CYAN, 'stroke-width': 2.5, fill: 'none', opacity: 0.6 }) +
      path(masts.map((m) => m.tip).join(''), { stroke: '#ff4a4a', 'stroke-width': 6, 'stroke-linecap': 'round' }),
  );
}

function mid(): string {
  const rng = createRng(303);
  const hall = sawtoothHall(620, GROUND, 300, 80, 5);
  const flows = [
    dataFlow(rng, 300, 600, HAIER_X - 40, 520, 120),
    dataFlow(rng, HAIER_X, 520, POLY_X - 20, 320, 140),
    dataFlow(rng, DATA_X, 590, POLY_X - 10, 340, 80),
    dataFlow(rng, POLY_X + 20, 330, BIO_X, 560, 60),
  ];
  const defs =
    radialGradient('g', [
      [0, CYAN, 0.5],
      [1, CYAN, 0],
    ]) +
    verticalGradient('bay', [
      [0, '#fff4d6'],
      [1, '#ffd08a'],
    ]) +
    verticalGradient('lab', [
      [0, '#f2f8fa'],
      [1, '#b9d3da'],
    ]);
  return svgDocument(
    defs,
    path(`M0 ${GROUND - 6}H${WIDTH}V${WATER_Y + 4}H0Z`, { fill: '#0b2230' }) +
      smartFactory(60, 520) +
      path(hall.hall, { fill: '#12303f' }) +
      path(hall.panels, { fill: '#2f6fd0' }) +
      path(hall.grid, { stroke: '#9cc4ff', 'stroke-width': 1.5 }) +
      constructionSite(SITE_X) +
      institute(HAIER_X) +
      dataCentre(rng, DATA_X) +
      glow(POLY_X, 270, 160, 120, 'g') +
      bigDataTower(POLY_X) +
      bioLab(BIO_X) +
      path(treeLine(rng, 0, WIDTH, GROUND + 4, 12, 0.5), { fill: '#0a2a2c' }) +
      path(flows.map((f) => f.line).join(''), { stroke: CYAN, 'stroke-width': 2, fill: 'none', opacity: 0.55 }) +
      path(flows.map((f) => f.packets).join(''), { stroke: '#fff', 'stroke-width': 7, 'stroke-linecap': 'round' }),
  );
}

function river(): string {
  const rng = createRng(304);
  let glints = '';
  for (const x of [HAIER_X, DATA_X - 200, DATA_X + 200, POLY_X, BIO_X])
    glints += reflectionDashes(rng, x, WATER_Y, 140, 60);
  return svgDocument(
    verticalGradient('w', [
      [0, '#2f7d8e'],
      [1, '#0a2836'],
    ]),
    path(`M0 ${WATER_Y}H${WIDTH}V930H0Z`, { fill: 'url(#w)' }) +
      path(glints, { stroke: CYAN, 'stroke-width': 2, opacity: 0.5 }) +
      path(ripples(rng, 200, 0, WIDTH, WATER_Y + 4, 925), { stroke: '#d8f6ff', 'stroke-width': 1.2, opacity: 0.3 }),
  );
}

/** Autonomous car: a compact body with lidar puck and sensing arcs. */
function autonomousCar(x: number, y: number): string {
  const arcs = [60, 110, 160]
    .map((r) => `M${x + 150 + r * 0.5} ${y - 50 - r * 0.85}A${r} ${r} 0 0 1 ${x + 150 + r * 0.5} ${y - 50 + r * 0.85}`)
    .join('');
  return (
    path(`M${x - 150} ${y}v-36q6 -18 40 -22l50 -34h130l50 34q60 4 72 22v36Z`, { fill: '#0c1a26' }) +
    path(`M${x - 90} ${y - 60}l38 -28h60v28ZM${x + 22} ${y - 60}v-28h52l36 28Z`, { fill: '#7fe8ff', opacity: 0.6 }) +
    el('rect', { x: x - 14, y: y - 104, width: 28, height: 14, rx: 5, fill: CYAN }) +
    path(circlePath(x - 90, y, 26) + circlePath(x + 100, y, 26), { fill: '#05101a' }) +
    path(arcs, { stroke: CYAN, 'stroke-width': 3, fill: 'none', opacity: 0.7 }) +
    path(`M${x + 150} ${y - 40}h0`, { stroke: '#fff', 'stroke-width': 10, 'stroke-linecap': 'round' })
  );
}

/** Smart street poles: lamp, 5G small cell and camera on one mast, every few hundred pixels. */
function smartPoles(
  x0: number,
  x1: number,
  spacing: number,
  baseY: number,
): { poles: string; cells: string; points: Array<[number, number]> } {
  let poles = '';
  let cells = '';
  const points: Array<[number, number]> = [];
  for (let x = x0; x <= x1; x += spacing) {
    poles += `M${x} ${baseY}V${baseY - 150}h40`;
    cells += `M${x - 7} ${baseY - 110}h14v30h-14Z`;
    points.push([x + 40, baseY - 148]);
  }
  return { poles, cells, points };
}

function fore(): string {
  const rng = createRng(305);
  const poles = smartPoles(200, WIDTH, 600, 950);
  let lane = '';
  for (let x = -40; x < WIDTH; x += 160) lane += `M${x} 1010h90`;
  // Light trails behind the car: it is moving, and it is talking to the network.
  let trail = '';
  for (let i = 0; i < 40; i++)
    trail += `M${num(rng.range(1200, 1830))} ${num(rng.range(950, 1000))}h${num(rng.range(30, 160))}`;
  return svgDocument(
    radialGradient('l', [
      [0, '#e8fbff', 0.8],
      [1, '#e8fbff', 0],
    ]),
    path(`M0 930H${WIDTH}V${HEIGHT}H0Z`, { fill: '#08141e' }) +
      path(`M0 946H${WIDTH}`, { stroke: '#1d3a4c', 'stroke-width': 3 }) +
      path(lane, { stroke: '#f2d27a', 'stroke-width': 5, opacity: 0.7 }) +
      path(trail, { stroke: CYAN, 'stroke-width': 2, opacity: 0.45 }) +
      path(poles.poles, { stroke: '#0b1c28', 'stroke-width': 6, fill: 'none' }) +
      path(poles.cells, { fill: '#1d4a60', stroke: CYAN, 'stroke-width': 1.5 }) +
      halos(poles.points, 40, 'l') +
      autonomousCar(2000, 1000),
  );
}

/** Builds the five layers of the Momentum chapter. */
export function momentum(): ChapterArt {
  return {
    layers: [
      { name: 'sky', svg: sky() },
      { name: 'far', svg: far() },
      { name: 'mid', svg: mid() },
      { name: 'river', svg: river() },
      { name: 'fore', svg: fore() },
    ],
    alt: {
      'zh-CN':
        '蓝调时刻的鱼复、港城工业园区：铺满光伏板的厂房、在建工地和5G基站，海尔研究院、数据中心、保利中心大数据产业基地与生物实验楼之间流动着数据光线，前景是无人驾驶汽车与机械臂。',
      en: 'The Yufu and Gangcheng industrial parks at blue hour: solar-roofed factories, a construction site and 5G masts, with data-flow lines linking the Haier research institute, a data centre, the Poly Centre big data industrial base and a bio-lab, and a self-driving car and robot arm in front.',
    },
    hotspots: {
      'ten-projects': { x: SITE_X + 80, y: 500 },
      'haier-institute': { x: HAIER_X, y: 620 },
      'info-services': { x: DATA_X, y: 660 },
      'poly-big-data': { x: POLY_X, y: 380 },
      'zhifei-bioscience': { x: BIO_X, y: 640 },
    },
  };
}
