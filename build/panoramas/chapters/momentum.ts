import type { ChapterArt } from '../layers';
import { dataFlow, mast5g, robotArm, sawtoothHall } from '../industry';
import { glow, halos, reflectionDashes, ripples } from '../lights';
import { createRng, type Rng } from '../prng';
import { HEIGHT, WIDTH, el, num, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { circlePath, ridgePath, starsPath } from '../terrain';

/*
 * 动力 Momentum: the Yufu and Gangcheng industrial parks at blue hour. Solar
 * roofs, a construction site, Haier's research institute, a data centre, the
 * Poly big-data tower and a bio-lab, stitched together by data-flow lines;
 * an autonomous car and a robot arm in front.
 */

const GROUND = 740;
const WATER_Y = 752;
const CYAN = '#4ff0ff';
const AMBER = '#ffb547';

const SITE_X = 1040;
const HAIER_X = 1530;
const DATA_X = 2270;
const POLY_X = 2880;
const BIO_X = 3400;

function sky(): string {
  const rng = createRng(301);
  const defs =
    verticalGradient('s', [[0, '#040d22'], [0.35, '#0a2446'], [0.58, '#14506e'], [0.7, '#3b8a98'], [0.76, '#f0b98a'], [1, '#f6c890']]) +
    radialGradient('g', [[0, '#ffd7a0', 0.6], [1, '#ffd7a0', 0]]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(600, 800, 900, 220, 'g') +
      path(starsPath(rng, 200, 380), { stroke: '#dff6ff', 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.6 }),
  );
}

function far(): string {
  const rng = createRng(302);
  const masts = [420, 1880, 3420].map((x, i) => mast5g(x, 640 - i * 10, 150));
  return svgDocument(
    verticalGradient('h', [[0, '#1d5a70'], [1, '#0f3448']]),
    path(ridgePath(rng, { baseY: 620, amplitude: 60, step: 32 }), { fill: '#2a6478' }) +
      path(ridgePath(rng, { baseY: 680, amplitude: 34, step: 32 }), { fill: 'url(#h)' }) +
      path(masts.map((m) => m.lattice).join(''), { stroke: '#0c2a3a', 'stroke-width': 2.5, fill: 'none' }) +
      path(masts.map((m) => m.arcs).join(''), { stroke: CYAN, 'stroke-width': 2.5, fill: 'none', opacity: 0.6 }) +
      path(masts.map((m) => m.tip).join(''), { stroke: '#ff4a4a', 'stroke-width': 6, 'stroke-linecap': 'round' }),
  );
}

/** Tower crane over a half-built frame: the "ten projects" breaking ground. */
function constructionSite(x: number): string {
  let frame = '';
  for (let y = GROUND; y >= 560; y -= 30) frame += `M${x - 90} ${y}h180`;
  for (let cx = x - 90; cx <= x + 90; cx += 45) frame += `M${cx} ${GROUND}V560`;
  const crane = `M${x + 120} ${GROUND}V420M${x + 112} ${GROUND}V420M${x - 40} 430H${x + 240}M${x + 116} 420l-10 -30h20ZM${x + 116} 390L${x + 236} 430M${x + 116} 390L${x - 36} 430M${x + 30} 430v70`;
  return path(frame, { stroke: '#1b3a4c', 'stroke-width': 5 }) + path(crane, { stroke: AMBER, 'stroke-width': 4, fill: 'none' }) + path(`M${x + 116} 388h0M${x + 240} 428h0`, { stroke: '#ff4a4a', 'stroke-width': 7, 'stroke-linecap': 'round' });
}

/** Haier's research institute: a rounded glass building with lit bands. */
function institute(x: number): string {
  let bands = '';
  for (let y = 560; y < GROUND - 20; y += 26) bands += `M${x - 210} ${y}h420`;
  return (
    el('rect', { x: x - 230, y: 530, width: 460, height: GROUND - 530, rx: 60, fill: '#18405a' }) +
    path(bands, { stroke: '#bfefff', 'stroke-width': 9, opacity: 0.75 }) +
    el('rect', { x: x - 60, y: 500, width: 120, height: 40, rx: 8, fill: '#18405a' })
  );
}

/** Data centre: a long hall of server racks shown as cyan LED columns, fans on the roof. */
function dataCentre(rng: Rng, x: number): string {
  const w = 740;
  let racks = '';
  let fans = '';
  for (let rx = x - w / 2 + 20; rx < x + w / 2 - 20; rx += 18) racks += `M${rx} ${rng.int(640, 660)}V${GROUND - 14}`;
  for (let fx = x - w / 2 + 50; fx < x + w / 2; fx += 80) fans += circlePath(fx, 606, 16);
  return (
    el('rect', { x: x - w / 2, y: 620, width: w, height: GROUND - 620, fill: '#0e2a3c' }) +
    path(racks, { stroke: CYAN, 'stroke-width': 4, 'stroke-dasharray': '6 4', opacity: 0.85 }) +
    el('rect', { x: x - w / 2 + 20, y: 590, width: w - 40, height: 30, fill: '#143548' }) +
    path(fans, { fill: '#0a2030', stroke: CYAN, 'stroke-width': 2, opacity: 0.9 })
  );
}

/** Poly big-data tower: slim, with vertical LED strips and a lit crown. */
function bigDataTower(x: number): string {
  let strips = '';
  for (let sx = x - 50; sx <= x + 50; sx += 20) strips += `M${sx} 290V${GROUND - 10}`;
  return (
    path(`M${x - 70} ${GROUND}V300L${x} 250L${x + 70} 300V${GROUND}Z`, { fill: '#0f2f44' }) +
    path(strips, { stroke: CYAN, 'stroke-width': 3, 'stroke-dasharray': '18 8', opacity: 0.8 }) +
    path(`M${x - 70} 300L${x} 250L${x + 70} 300`, { stroke: AMBER, 'stroke-width': 5, fill: 'none' })
  );
}

/** Bio-lab: white facade with a double helix, the bioscience emblem without words. */
function bioLab(x: number): string {
  let helixA = `M${x - 120} 600`;
  let helixB = `M${x - 120} 600`;
  for (let i = 0; i <= 24; i++) {
    const hx = x - 120 + i * 10;
    helixA += `L${hx} ${num(600 + Math.sin(i / 3) * 22)}`;
    helixB += `L${hx} ${num(600 - Math.sin(i / 3) * 22)}`;
  }
  let windows = '';
  for (let y = 650; y < GROUND - 20; y += 28) windows += `M${x - 220} ${y}h440`;
  return (
    el('rect', { x: x - 250, y: 550, width: 500, height: GROUND - 550, fill: '#d8e6ea' }) +
    path(windows, { stroke: '#7fb6c8', 'stroke-width': 10 }) +
    path(helixA + helixB, { stroke: '#2fa39a', 'stroke-width': 5, fill: 'none' })
  );
}

function mid(): string {
  const rng = createRng(303);
  const hallA = sawtoothHall(100, GROUND, 420, 90, 7);
  const hallB = sawtoothHall(540, GROUND, 320, 70, 5);
  const flows = [
    dataFlow(rng, HAIER_X, 520, POLY_X - 20, 320, 140),
    dataFlow(rng, DATA_X, 590, POLY_X - 10, 340, 80),
    dataFlow(rng, POLY_X + 20, 330, BIO_X, 560, 60),
    dataFlow(rng, 500, 640, HAIER_X - 40, 520, 120),
  ];
  return svgDocument(
    radialGradient('g', [[0, CYAN, 0.5], [1, CYAN, 0]]),
    path(`M0 ${GROUND - 6}H${WIDTH}V${WATER_Y + 4}H0Z`, { fill: '#0b2230' }) +
      path(hallA.hall + hallB.hall, { fill: '#143246' }) +
      path(hallA.panels + hallB.panels, { fill: '#2f6fd0' }) +
      path(hallA.grid + hallB.grid, { stroke: '#9cc4ff', 'stroke-width': 1.5 }) +
      constructionSite(SITE_X) +
      institute(HAIER_X) +
      dataCentre(rng, DATA_X) +
      glow(POLY_X, 270, 160, 120, 'g') +
      bigDataTower(POLY_X) +
      bioLab(BIO_X) +
      path(flows.map((f) => f.line).join(''), { stroke: CYAN, 'stroke-width': 2, fill: 'none', opacity: 0.55 }) +
      path(flows.map((f) => f.packets).join(''), { stroke: '#fff', 'stroke-width': 7, 'stroke-linecap': 'round' }),
  );
}

function river(): string {
  const rng = createRng(304);
  let glints = '';
  for (const x of [HAIER_X, DATA_X - 200, DATA_X + 200, POLY_X, BIO_X]) glints += reflectionDashes(rng, x, WATER_Y, 140, 60);
  return svgDocument(
    verticalGradient('w', [[0, '#2f7d8e'], [1, '#0a2836']]),
    path(`M0 ${WATER_Y}H${WIDTH}V930H0Z`, { fill: 'url(#w)' }) +
      path(glints, { stroke: CYAN, 'stroke-width': 2, opacity: 0.5 }) +
      path(ripples(rng, 200, 0, WIDTH, WATER_Y + 4, 925), { stroke: '#d8f6ff', 'stroke-width': 1.2, opacity: 0.3 }),
  );
}

/** Autonomous car: a compact body with lidar puck and sensing arcs. */
function autonomousCar(x: number, y: number): string {
  const arcs = [60, 110, 160].map((r) => `M${x + 150 + r * 0.5} ${y - 50 - r * 0.85}A${r} ${r} 0 0 1 ${x + 150 + r * 0.5} ${y - 50 + r * 0.85}`).join('');
  return (
    path(`M${x - 150} ${y}v-36q6 -18 40 -22l50 -34h130l50 34q60 4 72 22v36Z`, { fill: '#0c1a26' }) +
    path(`M${x - 90} ${y - 60}l38 -28h60v28ZM${x + 22} ${y - 60}v-28h52l36 28Z`, { fill: '#7fe8ff', opacity: 0.6 }) +
    el('rect', { x: x - 14, y: y - 104, width: 28, height: 14, rx: 5, fill: CYAN }) +
    path(circlePath(x - 90, y, 26) + circlePath(x + 100, y, 26), { fill: '#05101a' }) +
    path(arcs, { stroke: CYAN, 'stroke-width': 3, fill: 'none', opacity: 0.7 }) +
    path(`M${x + 150} ${y - 40}h0`, { stroke: '#fff', 'stroke-width': 10, 'stroke-linecap': 'round' })
  );
}

function fore(): string {
  const rng = createRng(305);
  const arm = robotArm(260, 1000, 1.4, 70, -20);
  let lane = '';
  for (let x = -40; x < WIDTH; x += 160) lane += `M${x} 1004h90`;
  let trail = '';
  for (let i = 0; i < 30; i++) trail += `M${num(rng.range(1200, 1800))} ${num(rng.range(960, 1000))}h${num(rng.range(30, 120))}`;
  return svgDocument(
    radialGradient('g', [[0, AMBER, 0.7], [1, AMBER, 0]]),
    path(`M0 930H${WIDTH}V${HEIGHT}H0Z`, { fill: '#08141e' }) +
      path(`M0 950H${WIDTH}`, { stroke: '#1d3a4c', 'stroke-width': 3 }) +
      path(lane, { stroke: '#f2d27a', 'stroke-width': 5, opacity: 0.7 }) +
      path(trail, { stroke: CYAN, 'stroke-width': 2, opacity: 0.4 }) +
      autonomousCar(2000, 1000) +
      path(arm.body, { fill: '#e07b1a' }) +
      path(arm.joints, { fill: '#3a2410' }) +
      halos([[260, 1000]], 80, 'g'),
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
      'zh-CN': '蓝调时刻的鱼复、港城工业园区：铺满光伏板的厂房、在建工地和5G基站，海尔研究院、数据中心、保利大数据大楼与生物实验楼之间流动着数据光线，前景是无人驾驶汽车与机械臂。',
      en: 'The Yufu and Gangcheng industrial parks at blue hour: solar-roofed factories, a construction site and 5G masts, with data-flow lines linking a research institute, a data centre, the Poly big-data tower and a bio-lab, and a self-driving car and robot arm in front.',
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
