import {
  aviationLights,
  floorLines,
  ledOutlines,
  sideFaces,
  skyline,
  towerOutline,
  towerWindows,
  type Tower,
} from '../buildings';
import { cruiseBoat } from '../boats';
import { cableStayedBridge, piers } from '../bridges';
import type { ChapterArt } from '../layers';
import { glow, halos, lampRow, reflectionDashes, ripples } from '../lights';
import { createRng } from '../prng';
import { HEIGHT, WIDTH, el, num, path, polygon, radialGradient, svgDocument, verticalGradient } from '../svg';
import { cloudStreaks, ridgePath, starsPath, treeLine } from '../terrain';
import { ifcTower } from './ifc-tower';

/*
 * 硬核 Hard Core: Jiangbeizui at dusk, seen from across the Yangtze. The
 * financial towers swell towards the supertall IFC tower (under construction,
 * crane on top); the green Jialing (left) and the ochre Yangtze (right) meet
 * at the tip of the peninsula, where the Grand Theatre stands.
 * The towers live on the mid layer because the hotspots sit on that plane.
 */

const HORIZON = 702;
const IFC_X = 1960;
const IFC_TOP = 120;
const TIP_X = 1960;
const XIAOMI_X = 2640;

function sky(): string {
  const rng = createRng(101);
  const defs =
    verticalGradient('s', [
      [0, '#090c28'],
      [0.25, '#1a1d4d'],
      [0.42, '#402d68'],
      [0.52, '#7c3f6e'],
      [0.6, '#c45e62'],
      [0.66, '#ee9560'],
      [0.72, '#fbc47a'],
      [1, '#fbd08c'],
    ]) +
    radialGradient('g', [
      [0, '#ffe2a6', 0.9],
      [0.35, '#ffad6a', 0.45],
      [1, '#ff8a5a', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(2500, 690, 1400, 360, 'g') +
      path(starsPath(rng, 220, 300), { stroke: '#fff', 'stroke-width': 2.2, 'stroke-linecap': 'round', opacity: 0.7 }) +
      path(cloudStreaks(rng, 8, 230, 360), { fill: '#332a5e', opacity: 0.5 }) +
      path(cloudStreaks(rng, 10, 400, 520), { fill: '#e27a7a', opacity: 0.3 }) +
      path(cloudStreaks(rng, 8, 540, 620), { fill: '#ffc890', opacity: 0.35 }),
  );
}

/** Mountains and the hazy skylines of the other banks, far behind Jiangbeizui. */
function far(): string {
  const rng = createRng(102);
  const back = skyline(rng, {
    x0: -20,
    x1: WIDTH + 20,
    base: HORIZON,
    minHeight: 40,
    maxHeight: 200,
    minWidth: 26,
    maxWidth: 70,
    gap: [-10, 4],
  });
  return svgDocument(
    verticalGradient('h', [
      [0, '#c4707a', 0],
      [1, '#e79a7e', 0.6],
    ]),
    path(ridgePath(rng, { baseY: 590, amplitude: 40, step: 32 }), { fill: '#8a5a86' }) +
      path(ridgePath(rng, { baseY: 636, amplitude: 26, step: 32 }), { fill: '#6e4a78' }) +
      path(back.map(towerOutline).join(''), { fill: '#56406e' }) +
      path(floorLines(rng, back, 9, 0.25), { stroke: '#ffc48a', 'stroke-width': 1.5, opacity: 0.4 }) +
      el('rect', { y: 540, width: WIDTH, height: HORIZON - 540, fill: 'url(#h)' }),
  );
}

/** The Jiangbeizui cluster, the IFC, the near banks and the two bridges. */
function mid(towers: readonly Tower[]): string {
  const rng = createRng(103);
  const ifc = ifcTower(IFC_X, HORIZON, IFC_TOP);
  const lit = towerWindows(rng, towers, {
    pitchX: 9,
    windowW: 4,
    pitchY: 13,
    windowH: 6,
    floorLit: 0.55,
    windowLit: 0.55,
  });
  const left = cableStayedBridge(40, 1100, 688, [560], 200, 11);
  const right = cableStayedBridge(2900, 3840, 694, [3160, 3580], 150, 8);
  const lowBlocks = skyline(rng, {
    x0: 0,
    x1: WIDTH,
    base: 712,
    minHeight: 10,
    maxHeight: 34,
    minWidth: 30,
    maxWidth: 90,
    gap: [0, 20],
    roofs: ['flat'],
  });
  const blockLights = lowBlocks
    .map((b) => `M${num(b.x + 6)} ${num(b.top + 6)}h${num(Math.max(2, b.width - 12))}`)
    .join('');
  const defs =
    verticalGradient('t', [
      [0, '#35306a'],
      [0.6, '#221d46'],
      [1, '#15122c'],
    ]) +
    verticalGradient('i', [
      [0, '#4a4a86'],
      [1, '#1b1a3c'],
    ]);
  return svgDocument(
    defs,
    path(towers.map(towerOutline).join(''), { fill: 'url(#t)' }) +
      path(sideFaces(towers), { fill: '#0f0c22', opacity: 0.45 }) +
      path(lit.warm, { fill: '#ffd38a', opacity: 0.85 }) +
      path(lit.cool, { fill: '#bfe3ff', opacity: 0.7 }) +
      path(ledOutlines(rng, towers, 0.22), { stroke: '#ffcf7a', 'stroke-width': 2, fill: 'none', opacity: 0.75 }) +
      // Xiaomi's orange crown on one office tower, a quiet wink for the hotspot.
      el('rect', { x: XIAOMI_X - 30, y: 392, width: 60, height: 10, fill: '#ff7a1a' }) +
      path(ifc.body, { fill: 'url(#i)' }) +
      path(ifc.shade, { fill: '#0f0c22', opacity: 0.4 }) +
      path(ifc.fins, { stroke: '#8fa2e0', 'stroke-width': 1.2, opacity: 0.35 }) +
      path(ifc.floors, { stroke: '#ffe0a0', 'stroke-width': 2, opacity: 0.55 }) +
      path(ifc.frame, { stroke: '#a99ac8', 'stroke-width': 1.8, fill: 'none' }) +
      path(ifc.crane, { fill: '#f0a53a' }) +
      path(ifc.cables, { stroke: '#d8c2a0', 'stroke-width': 1.2, fill: 'none' }) +
      path(ifc.workLights, { stroke: '#fff3c0', 'stroke-width': 6, 'stroke-linecap': 'round' }) +
      path(aviationLights(towers, 250) + ifc.redLights, {
        stroke: '#ff4a4a',
        'stroke-width': 5,
        'stroke-linecap': 'round',
      }) +
      path(`M0 ${HORIZON + 12}H${WIDTH}V${HORIZON - 4}H0Z`, { fill: '#181430' }) +
      path(lowBlocks.map(towerOutline).join(''), { fill: '#181430' }) +
      path(blockLights, { stroke: '#ffcf85', 'stroke-width': 1.5, 'stroke-dasharray': '3 5', opacity: 0.7 }) +
      path(treeLine(rng, 1200, 2750, 716, 13), { fill: '#141a28' }) +
      path(piers(40, 1100, 688, 150, 70) + piers(2900, 3840, 694, 220, 70), { fill: '#2a2342' }) +
      path(left.cables + right.cables, { stroke: '#f0d6b0', 'stroke-width': 1.2, opacity: 0.6 }) +
      path(left.pylons + right.pylons + left.deck + right.deck, { fill: '#3a3258' }) +
      path(left.pylons + right.pylons, { stroke: '#ffe2b0', 'stroke-width': 1.5, fill: 'none', opacity: 0.6 }) +
      path(left.lights + right.lights, { stroke: '#ffe2a8', 'stroke-width': 4, 'stroke-linecap': 'round' }),
  );
}

/** The tip of the peninsula with the Grand Theatre's glass prisms, drawn with the water it parts. */
function tipAndTheatre(): string {
  const land = polygon([
    [1380, HORIZON],
    [2560, HORIZON],
    [2300, 732],
    [TIP_X + 40, 784],
    [TIP_X - 30, 788],
    [1620, 738],
  ]);
  const theatre = polygon([
    [TIP_X - 130, 748],
    [TIP_X - 66, 700],
    [TIP_X + 8, 686],
    [TIP_X + 76, 706],
    [TIP_X + 140, 744],
  ]);
  return (
    path(land, { fill: '#1a2228' }) +
    path(`M1640 740L${TIP_X - 30} 788L${TIP_X + 40} 784L2300 732`, {
      stroke: '#ffd89a',
      'stroke-width': 2.5,
      fill: 'none',
      'stroke-dasharray': '2 6',
      opacity: 0.85,
    }) +
    path(theatre, { fill: '#33445a' }) +
    path(
      `M${TIP_X - 66} 700L${TIP_X - 24} 748M${TIP_X + 8} 686L${TIP_X + 18} 748M${TIP_X + 76} 706L${TIP_X + 64} 748`,
      { stroke: '#a8dcff', 'stroke-width': 2.5, opacity: 0.9 },
    ) +
    path(`M${TIP_X - 130} 748H${TIP_X + 140}`, { stroke: '#fff0c0', 'stroke-width': 3 })
  );
}

function river(towers: readonly Tower[]): string {
  const rng = createRng(104);
  const seam = `L${TIP_X} 788C${TIP_X + 80} 880 ${TIP_X + 220} 980 ${TIP_X + 360} ${HEIGHT}`;
  const jialing = `M0 ${HORIZON}H${TIP_X}${seam}H0Z`;
  const yangtze = `M${TIP_X} ${HORIZON}H${WIDTH}V${HEIGHT}H${TIP_X + 360}C${TIP_X + 220} 980 ${TIP_X + 80} 880 ${TIP_X} 788Z`;
  let gold = '';
  for (const t of towers)
    if (rng.chance(0.6))
      gold += reflectionDashes(rng, t.x + t.width / 2, HORIZON, (t.base - t.top) * 0.9, t.width * 0.5);
  gold += reflectionDashes(rng, IFC_X, HORIZON, 560, 44);
  const defs =
    verticalGradient('j', [
      [0, '#4f7c7c'],
      [0.12, '#2a5a62'],
      [0.45, '#143440'],
      [1, '#061218'],
    ]) +
    verticalGradient('y', [
      [0, '#b27a5a'],
      [0.1, '#7a5240'],
      [0.4, '#3a2830'],
      [1, '#120c14'],
    ]) +
    verticalGradient('r', [
      [0, '#ffd890', 0.9],
      [1, '#ffd890', 0],
    ]) +
    radialGradient('g', [
      [0, '#ffc47a', 0.6],
      [1, '#ffc47a', 0],
    ]);
  return svgDocument(
    defs,
    path(jialing, { fill: 'url(#j)' }) +
      path(yangtze, { fill: 'url(#y)' }) +
      glow(2500, 716, 1000, 70, 'g') +
      path(gold, { stroke: 'url(#r)', 'stroke-width': 2.2 }) +
      path(ripples(rng, 420, 0, WIDTH, HORIZON + 10, HEIGHT), {
        stroke: '#f6d3a8',
        'stroke-width': 1.4,
        opacity: 0.22,
      }) +
      tipAndTheatre() +
      cruiseBoat(860, 880),
  );
}

/** Our own bank: promenade railing, lamps and trees framing the corners. */
function fore(): string {
  const rng = createRng(106);
  const lamps = lampRow(120, WIDTH, 420, 1030, 120);
  let rails = `M0 1000H${WIDTH}M0 1016H${WIDTH}`;
  for (let x = 0; x <= WIDTH; x += 36) rails += `M${x} 1000v30`;
  return svgDocument(
    radialGradient('l', [
      [0, '#ffe3a6', 0.9],
      [1, '#ffe3a6', 0],
    ]),
    path(`M0 1030H${WIDTH}V${HEIGHT}H0Z`, { fill: '#0b0a14' }) +
      path(rails, { stroke: '#0b0a14', 'stroke-width': 4 }) +
      path(lamps.poles, { stroke: '#0b0a14', 'stroke-width': 5 }) +
      halos(lamps.points, 36, 'l') +
      path(lamps.heads, { stroke: '#fff6dc', 'stroke-width': 7, 'stroke-linecap': 'round' }) +
      path(treeLine(rng, -60, 260, 1060, 90, 1.4) + treeLine(rng, 3600, 3900, 1060, 90, 1.4), { fill: '#0b0a14' }),
  );
}

/** Builds the five layers of the Hard Core chapter. */
export function hardCore(): ChapterArt {
  const rng = createRng(100);
  const peak = (x: number): number => 0.5 + 0.8 * Math.exp(-(((x - IFC_X) / 560) ** 2));
  const towers = skyline(rng, {
    x0: 860,
    x1: 3080,
    base: HORIZON,
    minHeight: 120,
    maxHeight: 330,
    minWidth: 34,
    maxWidth: 80,
    profile: peak,
    gap: [-6, 8],
  }).filter(
    (t) => t.x > IFC_X + 60 || t.x + t.width < IFC_X - 60, // keep the IFC shaft clear of neighbours
  );
  towers.push({ x: XIAOMI_X - 32, width: 64, top: 402, base: HORIZON, roof: 'flat' });
  return {
    layers: [
      { name: 'sky', svg: sky() },
      { name: 'far', svg: far() },
      { name: 'mid', svg: mid(towers) },
      { name: 'river', svg: river(towers) },
      { name: 'fore', svg: fore() },
    ],
    alt: {
      'zh-CN':
        '黄昏时分的江北嘴金融城：密集的金融大楼簇拥着塔吊仍在施工的江北嘴国际金融中心，嘉陵江与长江在半岛尖端交汇，两座斜拉桥横跨江面。',
      en: 'Jiangbeizui financial district at dusk: dense towers cluster around the still-rising Jiangbeizui International Financial Centre with a crane on top, while the Jialing and Yangtze rivers meet at the tip of the peninsula under two cable-stayed bridges.',
    },
    hotspots: {
      'chengdu-bank': { x: 560, y: 560 },
      'financial-institutions': { x: 1400, y: 580 },
      'ifc-tower': { x: IFC_X, y: 300 },
      'xiaomi-consumer-finance': { x: XIAOMI_X, y: 480 },
    },
  };
}
