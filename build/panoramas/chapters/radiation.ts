import { skyline, towerOutline, towerWindows } from '../buildings';
import type { ChapterArt, PixelPoint } from '../layers';
import { glow, reflectionDashes, ripples } from '../lights';
import { createRng } from '../prng';
import { HEIGHT, WIDTH, el, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { ridgePath, starsPath } from '../terrain';
import { CYAN, GOLD, MAP_HORIZON, cityLights, contours, mapArc, mapGrid, mapNode, type MapNode } from './radiation-map';

/*
 * 辐射 Radiation: the Chengdu–Chongqing twin-city circle as a glowing map laid
 * over the land at night. Nodes for Chengdu (Qingyang), Deyang, Bazhong and
 * Jiangbei, linked by arcs of light; by the Jiangbei node stand Jiangbeizui's
 * showcase centre and the new Taikoo Li. The city names are the pack's labels
 * (HTML text over this layer), written as the article names them.
 */

const CHENGDU: MapNode = { x: 760, y: 720, r: 30 };
const DEYANG: MapNode = { x: 1240, y: 620, r: 22 };
const BAZHONG: MapNode = { x: 2180, y: 590, r: 22 };
const JIANGBEI: MapNode = { x: 2760, y: 760, r: 36 };
const SHOWCASE_X = 3020;
const TAIKOO_X = 3420;
const MODELS_BASE = 830;
const IFC_X = 3210;

/** Where a node's name goes: just under its outer ring (mapNode draws it r × 0.95 tall), clear of a marker on it. */
const underNode = (n: MapNode): PixelPoint => ({ x: n.x, y: n.y + Math.round(n.r * 0.95) + 12 });

function sky(): string {
  const rng = createRng(501);
  const defs =
    verticalGradient('s', [
      [0, '#03071a'],
      [0.4, '#0a1740'],
      [0.52, '#16306a'],
      [0.58, '#2a5294'],
      [1, '#0d1a3a'],
    ]) +
    radialGradient('g', [
      [0, '#4fa8ff', 0.35],
      [1, '#4fa8ff', 0],
    ]) +
    radialGradient('w', [
      [0, '#ffc861', 0.18],
      [1, '#ffc861', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(1900, 600, 1800, 220, 'g') +
      glow(2700, 560, 900, 260, 'w') +
      path(starsPath(rng, 380, 500), { stroke: '#fff', 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.7 }) +
      path(starsPath(rng, 40, 380), { stroke: '#cfe8ff', 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.8 }),
  );
}

function far(): string {
  const rng = createRng(502);
  // Longmen Shan to the west, Daba Shan to the north: the rim of the Sichuan basin.
  const rim = (x: number): number =>
    -110 * Math.exp(-(((x - 700) / 500) ** 2)) - 90 * Math.exp(-(((x - 2200) / 600) ** 2));
  const ridge = ridgePath(rng, { baseY: 590, amplitude: 50, step: 28, shape: rim });
  return svgDocument(
    verticalGradient('m', [
      [0, '#2d4f8a'],
      [1, '#0f1f44'],
    ]),
    path(ridgePath(rng, { baseY: 560, amplitude: 40, step: 32, shape: rim }), { fill: '#1d3466', opacity: 0.7 }) +
      path(ridge, { fill: 'url(#m)' }) +
      path(ridge.replace(/^M[^L]*/, 'M0 590').replace(/L\d+(\.\d)? 1080Z$/, ''), {
        stroke: '#8fc0ff',
        'stroke-width': 2,
        fill: 'none',
        opacity: 0.4,
      }),
  );
}

/** Jiangbeizui as small glowing models on the map: the showcase centre and the Taikoo Li blocks. */
function jiangbeizuiModels(): string {
  const rng = createRng(505);
  const blocks = skyline(rng, {
    x0: TAIKOO_X - 200,
    x1: TAIKOO_X + 200,
    base: MODELS_BASE,
    minHeight: 34,
    maxHeight: 70,
    minWidth: 40,
    maxWidth: 80,
    gap: [4, 12],
    roofs: ['slant', 'flat'],
  });
  const win = towerWindows(
    rng,
    blocks,
    { pitchX: 10, windowW: 6, pitchY: 12, windowH: 6, floorLit: 0.9, windowLit: 0.8 },
    0.1,
  );
  let lanterns = '';
  for (let x = TAIKOO_X - 190; x < TAIKOO_X + 200; x += 22)
    lanterns += `M${x} ${rng.int(MODELS_BASE - 6, MODELS_BASE - 2)}h0`;
  const s = SHOWCASE_X;
  return (
    glow(s, MODELS_BASE - 20, 220, 70, 'ng') +
    path(
      `M${s - 150} ${MODELS_BASE}V${MODELS_BASE - 50}L${s - 110} ${MODELS_BASE - 86}H${s + 110}L${s + 150} ${MODELS_BASE - 50}V${MODELS_BASE}Z`,
      { fill: '#0f2250' },
    ) +
    path(`M${s - 140} ${MODELS_BASE - 50}H${s + 140}`, { stroke: GOLD, 'stroke-width': 5 }) +
    el('rect', { x: s - 100, y: MODELS_BASE - 40, width: 200, height: 30, fill: '#ffe3a0', opacity: 0.8 }) +
    path(
      `M${s - 75} ${MODELS_BASE - 40}v30M${s - 50} ${MODELS_BASE - 40}v30M${s - 25} ${MODELS_BASE - 40}v30M${s} ${MODELS_BASE - 40}v30M${s + 25} ${MODELS_BASE - 40}v30M${s + 50} ${MODELS_BASE - 40}v30M${s + 75} ${MODELS_BASE - 40}v30`,
      { stroke: '#0f2250', 'stroke-width': 3 },
    ) +
    // The IFC tower as a slim gold-edged model between the two: the first chapter's landmark, seen from here.
    path(`M${IFC_X - 16} ${MODELS_BASE}L${IFC_X - 9} ${MODELS_BASE - 230}H${IFC_X + 9}L${IFC_X + 16} ${MODELS_BASE}Z`, {
      fill: '#13285a',
      stroke: GOLD,
      'stroke-width': 2,
    }) +
    path(`M${s - 60} ${MODELS_BASE - 86}a60 24 0 0 1 120 0Z`, { fill: '#2a4a8a' }) +
    path(blocks.map(towerOutline).join(''), { fill: '#0e1d44' }) +
    path(win.warm + win.cool, { fill: '#ffcf85', opacity: 0.85 }) +
    path(lanterns, { stroke: '#ff6a4a', 'stroke-width': 7, 'stroke-linecap': 'round' })
  );
}

/** The map: grid plane, contour rings, rivers, city lights, arcs, nodes and the Jiangbeizui models. */
function mid(): string {
  const rng = createRng(503);
  // Yangtze through Jiangbei, the Jialing coming down from Bazhong's side, the Tuo from Chengdu.
  const rivers =
    `M0 900C600 860 1400 840 2000 820S2500 790 ${JIANGBEI.x} ${JIANGBEI.y + 8}S3400 800 ${WIDTH} 840` +
    `M${BAZHONG.x + 30} ${BAZHONG.y + 4}C2300 660 2550 720 ${JIANGBEI.x - 8} ${JIANGBEI.y}` +
    `M${CHENGDU.x} ${CHENGDU.y}C1000 780 1500 820 1900 822`;
  const arcs = [
    mapArc(JIANGBEI, CHENGDU, 300, 0.35),
    mapArc(JIANGBEI, DEYANG, 280, 0.55),
    mapArc(JIANGBEI, BAZHONG, 220, 0.4),
    mapArc(CHENGDU, DEYANG, 70, 0.5),
  ];
  const arcLines = arcs.map((a) => a.line).join('');
  const defs =
    verticalGradient('plane', [
      [0, '#1a3a7a', 0.6],
      [1, '#061028', 0.95],
    ]) +
    verticalGradient('beam', [
      [0, GOLD, 0],
      [1, GOLD, 0.9],
    ]) +
    radialGradient('ng', [
      [0, GOLD, 0.7],
      [1, GOLD, 0],
    ]);
  const nodes: Array<[MapNode, number]> = [
    [CHENGDU, 240],
    [DEYANG, 200],
    [BAZHONG, 200],
    [JIANGBEI, 300],
  ];
  return svgDocument(
    defs,
    el('rect', { y: MAP_HORIZON, width: WIDTH, height: HEIGHT - MAP_HORIZON, fill: 'url(#plane)' }) +
      path(mapGrid(), { stroke: '#4f86ff', 'stroke-width': 1.2, opacity: 0.22 }) +
      path(contours(rng, 620, 610, 5, 60) + contours(rng, 1900, 590, 6, 70) + contours(rng, 3300, 640, 4, 50), {
        stroke: '#8fb8ff',
        'stroke-width': 1.5,
        fill: 'none',
        opacity: 0.25,
      }) +
      path(rivers, { stroke: CYAN, 'stroke-width': 14, fill: 'none', opacity: 0.15 }) +
      path(rivers, { stroke: CYAN, 'stroke-width': 4, fill: 'none', opacity: 0.85 }) +
      path(nodes.map(([n]) => cityLights(rng, n, Math.round(n.r * 5))).join(''), {
        stroke: '#ffe2a0',
        'stroke-width': 3,
        'stroke-linecap': 'round',
        opacity: 0.75,
      }) +
      path(arcLines, { stroke: GOLD, 'stroke-width': 12, fill: 'none', opacity: 0.12 }) +
      path(arcLines, { stroke: GOLD, 'stroke-width': 3.5, fill: 'none', 'stroke-dasharray': '16 10', opacity: 0.95 }) +
      path(arcs.map((a) => a.comet).join(''), { stroke: '#fff6da', 'stroke-width': 12, 'stroke-linecap': 'round' }) +
      nodes.map(([n, beam]) => mapNode(n, beam)).join('') +
      jiangbeizuiModels(),
  );
}

/** The Yangtze close by, reflecting the gold of Jiangbeizui. */
function river(): string {
  const rng = createRng(504);
  let gold = '';
  for (let x = 2800; x < 3600; x += 60) gold += reflectionDashes(rng, x, 905, 100, 26);
  return svgDocument(
    verticalGradient('w', [
      [0, '#1b4a8a'],
      [1, '#06122e'],
    ]),
    path(`M0 930C900 900 2000 910 ${WIDTH} 900V1010C2600 1020 1200 1030 0 1000Z`, { fill: 'url(#w)' }) +
      path(`M0 930C900 900 2000 910 ${WIDTH} 900`, { stroke: CYAN, 'stroke-width': 2, fill: 'none', opacity: 0.5 }) +
      path(gold, { stroke: GOLD, 'stroke-width': 2, opacity: 0.5 }) +
      path(ripples(rng, 160, 0, WIDTH, 915, 1010), { stroke: CYAN, 'stroke-width': 1.5, opacity: 0.35 }),
  );
}

/** Our side of the river: a dark bank with a few drifting motes of light. */
function fore(): string {
  const rng = createRng(506);
  let motes = '';
  for (let i = 0; i < 60; i++) motes += `M${Math.round(rng.range(0, WIDTH))} ${Math.round(rng.range(600, 1000))}h0`;
  return svgDocument(
    '',
    path(ridgePath(rng, { baseY: 1010, amplitude: 14, step: 40 }), { fill: '#030817' }) +
      path(motes, { stroke: GOLD, 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.55 }),
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
      'zh-CN':
        '夜色中的成渝地区发光地图：江北与成都青羊区、德阳、巴中等城市节点由光弧相连，江北节点旁是江北嘴的形象展示中心和太古里商业街区。',
      en: 'A glowing night map of the Chengdu–Chongqing region: arcs of light link Jiangbei with nodes for Qingyang District of Chengdu, Deyang and Bazhong, and beside the Jiangbei node stand Jiangbeizui’s showcase centre and the Taikoo Li shopping quarter.',
    },
    hotspots: {
      deyang: { x: DEYANG.x, y: DEYANG.y - 24 },
      bazhong: { x: BAZHONG.x, y: BAZHONG.y - 24 },
      'showcase-centre': { x: SHOWCASE_X, y: MODELS_BASE - 60 },
      'taikoo-li': { x: TAIKOO_X, y: MODELS_BASE - 60 },
    },
    // 以与成都市青羊区、德阳市、巴中市等地协同合作为依托 (the article); Jiangbei is the district the tour is about.
    labels: {
      chengdu: { at: underNode(CHENGDU), text: { 'zh-CN': '成都市青羊区', en: 'Qingyang District of Chengdu' } },
      deyang: { at: underNode(DEYANG), text: { 'zh-CN': '德阳市', en: 'Deyang' } },
      bazhong: { at: underNode(BAZHONG), text: { 'zh-CN': '巴中市', en: 'Bazhong' } },
      jiangbei: { at: underNode(JIANGBEI), text: { 'zh-CN': '江北区', en: 'Jiangbei' } },
    },
  };
}
