import { skyline, towerOutline, towerWindows } from '../buildings';
import type { ChapterArt } from '../layers';
import { glow, halos, ripples } from '../lights';
import { createRng } from '../prng';
import { HEIGHT, WIDTH, el, num, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { ellipsePath, ridgePath, starsPath } from '../terrain';

/*
 * 辐射 Radiation: the Chengdu–Chongqing twin-city circle as a glowing map laid
 * over the land at night. Nodes for Chengdu (Qingyang), Deyang, Bazhong and
 * Jiangbei, linked by arcs of light; in front, Jiangbeizui's showcase centre
 * and the new Taikoo Li by the Yangtze. City names stay in the content pack.
 */

type Node = { x: number; y: number; r: number };
const CHENGDU: Node = { x: 760, y: 720, r: 30 };
const DEYANG: Node = { x: 1240, y: 610, r: 22 };
const BAZHONG: Node = { x: 2180, y: 560, r: 22 };
const JIANGBEI: Node = { x: 2860, y: 780, r: 38 };
const GOLD = '#ffc861';
const CYAN = '#62e4ff';

const SHOWCASE_X = 2960;
const TAIKOO_X = 3440;

function sky(): string {
  const rng = createRng(501);
  const defs =
    verticalGradient('s', [[0, '#03071a'], [0.45, '#0a1740'], [0.62, '#16306a'], [0.72, '#274a86'], [1, '#0d1a3a']]) +
    radialGradient('g', [[0, '#4fa8ff', 0.35], [1, '#4fa8ff', 0]]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(1900, 640, 1800, 240, 'g') +
      path(starsPath(rng, 380, 520), { stroke: '#fff', 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.7 }) +
      path(starsPath(rng, 40, 400), { stroke: '#cfe8ff', 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.8 }),
  );
}

function far(): string {
  const rng = createRng(502);
  // Longmen Shan to the west, Daba Shan to the north: the basin's rim.
  const west = (x: number): number => -110 * Math.exp(-(((x - 600) / 500) ** 2));
  const north = (x: number): number => -80 * Math.exp(-(((x - 2200) / 600) ** 2));
  return svgDocument(
    verticalGradient('m', [[0, '#2d4f8a'], [1, '#0f1f44']]),
    path(ridgePath(rng, { baseY: 590, amplitude: 50, step: 28, shape: (x) => west(x) + north(x) }), { fill: 'url(#m)' }) +
      path(ridgePath(rng, { baseY: 600, amplitude: 50, step: 28, shape: (x) => west(x) + north(x) }).replace(/Z$/, ''), { stroke: '#7fb4ff', 'stroke-width': 2, fill: 'none', opacity: 0.35 }),
  );
}

/** A glowing node: halo, rings and a beam of light rising from the city. */
function node(n: Node): string {
  return (
    glow(n.x, n.y, n.r * 4, n.r * 1.6, 'ng') +
    el('rect', { x: n.x - 3, y: n.y - 260, width: 6, height: 260, fill: 'url(#beam)' }) +
    path(ellipsePath(n.x, n.y, n.r * 2.2, n.r * 0.8), { stroke: GOLD, 'stroke-width': 2, fill: 'none', opacity: 0.6 }) +
    path(ellipsePath(n.x, n.y, n.r, n.r * 0.38), { fill: GOLD })
  );
}

/** Arc of light between two nodes, bowed upwards like a flight path. */
function arc(a: Node, b: Node, lift: number): string {
  const mx = (a.x + b.x) / 2;
  const my = Math.min(a.y, b.y) - lift;
  return `M${a.x} ${a.y}Q${num(mx)} ${num(my)} ${b.x} ${b.y}`;
}

/** The map: a tilted grid plane with glowing rivers, nodes and the arcs that link them. */
function mid(): string {
  const rng = createRng(503);
  const horizon = 560;
  let grid = '';
  for (let y = horizon; y < HEIGHT; y += 8 + (y - horizon) * 0.25) grid += `M0 ${num(y)}H${WIDTH}`;
  for (let x = -4000; x <= WIDTH + 4000; x += 240) grid += `M${num(WIDTH / 2 + (x - WIDTH / 2) * 0.18)} ${horizon}L${x} ${HEIGHT}`;
  // Yangtze (through Jiangbei) and Jialing (down from Bazhong's side), plus the Min/Tuo from Chengdu.
  const rivers =
    `M0 900C600 860 1400 840 2000 820S2700 800 ${JIANGBEI.x} ${JIANGBEI.y + 10}S3400 760 ${WIDTH} 800` +
    `M${BAZHONG.x + 40} ${BAZHONG.y}C2300 640 2600 700 ${JIANGBEI.x - 10} ${JIANGBEI.y}` +
    `M${CHENGDU.x} ${CHENGDU.y}C1000 780 1500 820 1900 822`;
  const links = arc(JIANGBEI, CHENGDU, 260) + arc(JIANGBEI, DEYANG, 260) + arc(JIANGBEI, BAZHONG, 200) + arc(CHENGDU, DEYANG, 60);
  const defs =
    verticalGradient('plane', [[0, '#1a3a7a', 0.6], [1, '#061028', 0.95]]) +
    verticalGradient('beam', [[0, GOLD, 0], [1, GOLD, 0.9]]) +
    radialGradient('ng', [[0, GOLD, 0.7], [1, GOLD, 0]]);
  void rng;
  return svgDocument(
    defs,
    el('rect', { y: horizon, width: WIDTH, height: HEIGHT - horizon, fill: 'url(#plane)' }) +
      path(grid, { stroke: '#4f86ff', 'stroke-width': 1.2, opacity: 0.25 }) +
      path(rivers, { stroke: CYAN, 'stroke-width': 5, fill: 'none', opacity: 0.75 }) +
      path(links, { stroke: GOLD, 'stroke-width': 4, fill: 'none', 'stroke-dasharray': '14 10', opacity: 0.9 }) +
      [CHENGDU, DEYANG, BAZHONG, JIANGBEI].map(node).join(''),
  );
}

function river(): string {
  const rng = createRng(504);
  return svgDocument(
    verticalGradient('w', [[0, '#1b4a8a'], [1, '#06122e']]),
    path(`M0 930C900 900 2000 910 ${WIDTH} 900V1010C2600 1020 1200 1030 0 1000Z`, { fill: 'url(#w)' }) +
      path(ripples(rng, 160, 0, WIDTH, 915, 1010), { stroke: CYAN, 'stroke-width': 1.5, opacity: 0.35 }),
  );
}

/** Jiangbeizui in front: the showcase centre (a glowing pavilion) and the Taikoo Li low-rise blocks. */
function fore(): string {
  const rng = createRng(505);
  const blocks = skyline(rng, { x0: TAIKOO_X - 260, x1: TAIKOO_X + 260, base: 1000, minHeight: 60, maxHeight: 110, minWidth: 60, maxWidth: 110, gap: [4, 14], roofs: ['slant', 'flat'] });
  const win = towerWindows(rng, blocks, { pitchX: 14, windowW: 8, pitchY: 18, windowH: 10, floorLit: 0.9, windowLit: 0.8 }, 0.1);
  let lanterns = '';
  for (let x = TAIKOO_X - 250; x < TAIKOO_X + 250; x += 28) lanterns += `M${x} ${rng.int(900, 912)}h0`;
  return svgDocument(
    radialGradient('g', [[0, GOLD, 0.6], [1, GOLD, 0]]),
    path(`M0 1000H${WIDTH}V${HEIGHT}H0Z`, { fill: '#040a1c' }) +
      glow(SHOWCASE_X, 930, 260, 90, 'g') +
      path(`M${SHOWCASE_X - 190} 1000V930L${SHOWCASE_X - 140} 880H${SHOWCASE_X + 140}L${SHOWCASE_X + 190} 930V1000Z`, { fill: '#0b1836' }) +
      path(`M${SHOWCASE_X - 170} 930H${SHOWCASE_X + 170}`, { stroke: GOLD, 'stroke-width': 6 }) +
      el('rect', { x: SHOWCASE_X - 120, y: 944, width: 240, height: 40, fill: '#ffe3a0', opacity: 0.75 }) +
      path(blocks.map(towerOutline).join(''), { fill: '#0a1430' }) +
      path(win.warm + win.cool, { fill: '#ffcf85', opacity: 0.85 }) +
      path(lanterns, { stroke: '#ff6a4a', 'stroke-width': 8, 'stroke-linecap': 'round' }) +
      halos([[300, 980]], 1, 'g'),
  );
}

/** Builds the five layers of the Radiation chapter. */
export function radiation(): ChapterArt {
  return {
    layers: [
      { name: 'sky', svg: sky() },
      { name: 'far', svg: far() },
      { name: 'mid', svg: mid() },
      { name: 'river', svg: river() },
      { name: 'fore', svg: fore() },
    ],
    alt: {
      'zh-CN': '夜色中的成渝地区发光地图：江北与成都青羊区、德阳、巴中等城市节点由光弧相连，前景是江北嘴的形象展示中心和太古里商业街区。',
      en: 'A glowing night map of the Chengdu–Chongqing region: light arcs link Jiangbei with nodes for Chengdu’s Qingyang district, Deyang and Bazhong, with Jiangbeizui’s showcase centre and the Taikoo Li shopping quarter in front.',
    },
    hotspots: {
      deyang: { x: DEYANG.x, y: DEYANG.y - 20 },
      bazhong: { x: BAZHONG.x, y: BAZHONG.y - 20 },
      'showcase-centre': { x: SHOWCASE_X, y: 860 },
      'taikoo-li': { x: TAIKOO_X, y: 860 },
    },
  };
}
