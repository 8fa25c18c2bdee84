import { aviationLights, floorLines, skyline, towerOutline, towerWindows, type Tower } from '../buildings';
import { cableStayedBridge, piers } from '../bridges';
import type { ChapterArt } from '../layers';
import { glow, halos, lampRow, reflectionDashes, ripples } from '../lights';
import { createRng } from '../prng';
import { HEIGHT, WIDTH, el, path, polygon, radialGradient, svgDocument, verticalGradient, num } from '../svg';
import { cloudStreaks, ridgePath, starsPath, treeLine } from '../terrain';

/*
 * 硬核 Hard Core: Jiangbeizui at dusk, seen from across the Yangtze. The
 * financial towers swell towards the supertall IFC tower (under construction,
 * crane on top); the green Jialing and the ochre Yangtze meet at the tip.
 */

const HORIZON = 702;
const IFC_X = 1960;
const IFC_TOP = 150;
const TIP_X = 1960;
const XIAOMI_X = 2630;

function sky(): string {
  const rng = createRng(101);
  const defs =
    verticalGradient('s', [[0, '#080c28'], [0.3, '#1e1d50'], [0.5, '#4b2f66'], [0.6, '#93456a'], [0.66, '#d9735c'], [0.7, '#f4b26c'], [1, '#f7c884']]) +
    radialGradient('g', [[0, '#ffd89a', 0.85], [0.4, '#f79a62', 0.35], [1, '#f79a62', 0]]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(2650, 690, 1100, 300, 'g') +
      path(starsPath(rng, 260, 380), { stroke: '#fff', 'stroke-width': 2.2, 'stroke-linecap': 'round', opacity: 0.7 }) +
      path(cloudStreaks(rng, 9, 250, 380), { fill: '#3a2a5e', opacity: 0.45 }) +
      path(cloudStreaks(rng, 12, 430, 600), { fill: '#f29a78', opacity: 0.28 }),
  );
}

/** The supertall: a tapering shaft whose top floors are still bare structure. */
function ifcTower(): { body: string; frame: string; crane: string; craneLights: string } {
  const baseW = 96;
  const topW = 58;
  const body = polygon([
    [IFC_X - baseW / 2, HORIZON],
    [IFC_X - topW / 2, IFC_TOP + 70],
    [IFC_X + topW / 2, IFC_TOP + 70],
    [IFC_X + baseW / 2, HORIZON],
  ]);
  // Exposed core and floor slabs of the unfinished top.
  let frame = `M${num(IFC_X - topW / 2 + 4)} ${IFC_TOP + 70}V${IFC_TOP}M${num(IFC_X + topW / 2 - 4)} ${IFC_TOP + 70}V${IFC_TOP}`;
  for (let y = IFC_TOP; y <= IFC_TOP + 70; y += 10) frame += `M${num(IFC_X - topW / 2 + 2)} ${y}h${topW - 4}`;
  const mast = IFC_X - 10;
  const jibY = IFC_TOP - 62;
  const crane =
    `M${mast - 4} ${IFC_TOP}V${jibY}h8V${IFC_TOP}Z` + // mast
    `M${mast - 60} ${jibY}h190v5h-190Z` + // jib and counter-jib
    `M${mast - 56} ${jibY + 5}h26v10h-26Z` + // counterweight
    `M${mast} ${jibY}l-2 -26h4Z`; // apex
  const cables = `M${mast} ${jibY - 26}L${mast + 128} ${jibY}M${mast} ${jibY - 26}L${mast - 58} ${jibY}M${mast + 92} ${jibY + 5}v40`;
  const craneLights = `M${mast} ${jibY - 28}h0M${mast + 128} ${jibY - 1}h0M${mast - 58} ${jibY - 1}h0`;
  return { body, frame: frame + cables, crane, craneLights };
}

function far(towers: readonly Tower[]): string {
  const rng = createRng(102);
  const back = skyline(rng, { x0: -20, x1: WIDTH + 20, base: HORIZON, minHeight: 50, maxHeight: 170, minWidth: 30, maxWidth: 80, gap: [-10, 6] });
  const backWindows = floorLines(rng, back, 9, 0.22);
  const front = towerWindows(rng, towers, { pitchX: 9, windowW: 4, pitchY: 13, windowH: 6, floorLit: 0.55, windowLit: 0.55 });
  const ifc = ifcTower();
  const defs =
    verticalGradient('h', [[0, '#7e5a8c', 0], [1, '#c77a78', 0.55]]) +
    verticalGradient('t', [[0, '#2b2452'], [1, '#15122c']]);
  return svgDocument(
    defs,
    path(ridgePath(rng, { baseY: 600, amplitude: 36, step: 32 }), { fill: '#6e4f80' }) +
      path(ridgePath(rng, { baseY: 640, amplitude: 24, step: 32 }), { fill: '#5a426f' }) +
      path(back.map(towerOutline).join(''), { fill: '#47375f' }) +
      path(backWindows, { stroke: '#e9b07a', 'stroke-width': 1.5, opacity: 0.35 }) +
      el('rect', { y: 560, width: WIDTH, height: 142, fill: 'url(#h)' }) + // haze between far and near rows
      path(towers.map(towerOutline).join(''), { fill: 'url(#t)' }) +
      path(ifc.body, { fill: '#1d1a3c' }) +
      path(ifc.frame, { stroke: '#8a7aa8', 'stroke-width': 1.6, fill: 'none' }) +
      path(ifc.crane, { fill: '#2a2448' }) +
      path(front.warm, { fill: '#ffd38a', opacity: 0.85 }) +
      path(front.cool, { fill: '#bfe3ff', opacity: 0.7 }) +
      // Xiaomi's orange crown on one office tower, a quiet wink for the hotspot.
      el('rect', { x: XIAOMI_X - 28, y: 388, width: 56, height: 10, fill: '#ff7a1a', opacity: 0.9 }) +
      path(aviationLights(towers, 250) + ifc.craneLights, { stroke: '#ff4a4a', 'stroke-width': 5, 'stroke-linecap': 'round' }),
  );
}

/** The near banks and the two bridges: Qiansimen over the Jialing (left), Dongshuimen over the Yangtze (right). */
function mid(): string {
  const rng = createRng(103);
  const left = cableStayedBridge(60, 1180, 690, [620], 190, 11);
  const right = cableStayedBridge(2760, 3820, 694, [3080, 3520], 150, 8);
  const lowBlocks = skyline(rng, { x0: 0, x1: WIDTH, base: 712, minHeight: 10, maxHeight: 34, minWidth: 30, maxWidth: 90, gap: [0, 20], roofs: ['flat'] });
  const lamps = lowBlocks.map((b) => `M${num(b.x + 6)} ${num(b.top + 6)}h${num(Math.max(2, b.width - 12))}`).join('');
  return svgDocument(
    '',
    path(`M0 ${HORIZON + 10}H${WIDTH}V${HORIZON - 4}H0Z`, { fill: '#1b1631' }) +
      path(lowBlocks.map(towerOutline).join(''), { fill: '#1b1631' }) +
      path(lamps, { stroke: '#ffcf85', 'stroke-width': 1.5, 'stroke-dasharray': '3 5', opacity: 0.7 }) +
      path(treeLine(rng, 1300, 2700, 714, 14), { fill: '#151a2a' }) +
      path(piers(60, 1180, 690, 140, 70) + piers(2760, 3820, 694, 220, 70), { fill: '#2a2342' }) +
      path(left.cables + right.cables, { stroke: '#e8c9a0', 'stroke-width': 1.2, opacity: 0.55 }) +
      path(left.pylons + right.pylons + left.deck + right.deck, { fill: '#2e2749' }) +
      path(left.lights + right.lights, { stroke: '#ffe2a8', 'stroke-width': 4, 'stroke-linecap': 'round' }),
  );
}

/** The Grand Theatre's glass prisms sit on the tip of the peninsula. */
function tipAndTheatre(): string {
  const land = polygon([
    [1420, HORIZON],
    [2520, HORIZON],
    [2300, 730],
    [TIP_X + 40, 782],
    [TIP_X - 30, 786],
    [1640, 736],
  ]);
  const theatre = polygon([
    [TIP_X - 120, 744],
    [TIP_X - 60, 700],
    [TIP_X + 10, 690],
    [TIP_X + 70, 708],
    [TIP_X + 130, 740],
  ]);
  return (
    path(land, { fill: '#1a2326' }) +
    path(`M1660 738L${TIP_X - 30} 786L${TIP_X + 40} 782L2300 730`, { stroke: '#ffd89a', 'stroke-width': 2, fill: 'none', 'stroke-dasharray': '2 6', opacity: 0.8 }) +
    path(theatre, { fill: '#2d3b4a' }) +
    path(`M${TIP_X - 60} 700L${TIP_X - 20} 744M${TIP_X + 10} 690L${TIP_X + 20} 744M${TIP_X + 70} 708L${TIP_X + 60} 744`, { stroke: '#9fd2ff', 'stroke-width': 2, opacity: 0.8 })
  );
}

function river(towers: readonly Tower[]): string {
  const rng = createRng(104);
  const seam = `L${TIP_X} 786C${TIP_X + 80} 880 ${TIP_X + 220} 980 ${TIP_X + 360} ${HEIGHT}`;
  const jialing = `M0 ${HORIZON}H${TIP_X}${seam}H0Z`;
  const yangtze = `M${TIP_X} ${HORIZON}H${WIDTH}V${HEIGHT}H${TIP_X + 360}C${TIP_X + 220} 980 ${TIP_X + 80} 880 ${TIP_X} 786Z`;
  let gold = '';
  for (const t of towers) if (rng.chance(0.6)) gold += reflectionDashes(rng, t.x + t.width / 2, HORIZON, (t.base - t.top) * 0.9, t.width * 0.5);
  gold += reflectionDashes(rng, IFC_X, HORIZON, 520, 40);
  const defs =
    verticalGradient('j', [[0, '#3d6a70'], [0.25, '#1d4450'], [1, '#071820']]) +
    verticalGradient('y', [[0, '#b0795a'], [0.2, '#6a4638'], [1, '#1a1012']]) +
    verticalGradient('r', [[0, '#ffd890', 0.9], [1, '#ffd890', 0]]) +
    radialGradient('g', [[0, '#ffc47a', 0.6], [1, '#ffc47a', 0]]);
  return svgDocument(
    defs,
    path(jialing, { fill: 'url(#j)' }) +
      path(yangtze, { fill: 'url(#y)' }) +
      glow(2650, 716, 900, 60, 'g') +
      path(gold, { stroke: 'url(#r)', 'stroke-width': 2.2 }) +
      path(ripples(rng, 420, 0, WIDTH, HORIZON + 10, HEIGHT), { stroke: '#f6d3a8', 'stroke-width': 1.4, opacity: 0.22 }) +
      tipAndTheatre() +
      cruiseBoat(980, 870),
  );
}

/** A two-deck river cruise boat with lit windows, the classic Chongqing night cruise. */
function cruiseBoat(x: number, y: number): string {
  let windows = '';
  for (let i = 0; i < 14; i++) windows += `M${x + 30 + i * 16} ${y - 30}h10v8h-10z`;
  for (let i = 0; i < 9; i++) windows += `M${x + 60 + i * 18} ${y - 56}h12v8h-12z`;
  return (
    path(`M${x} ${y - 14}H${x + 290}L${x + 270} ${y + 4}H${x + 14}Z`, { fill: '#11131f' }) +
    path(`M${x + 20} ${y - 14}V${y - 40}H${x + 260}V${y - 14}ZM${x + 50} ${y - 40}V${y - 64}H${x + 230}V${y - 40}Z`, { fill: '#1f1d33' }) +
    path(windows, { fill: '#ffe0a0' }) +
    path(reflectionDashes(createRng(105), x + 145, y + 6, 120, 200), { stroke: '#ffd890', 'stroke-width': 2, opacity: 0.45 })
  );
}

/** Our own bank: promenade railing, lamps and trees framing the corners. */
function fore(): string {
  const rng = createRng(106);
  const lamps = lampRow(120, WIDTH, 420, 1030, 120);
  const defs = radialGradient('l', [[0, '#ffe3a6', 0.9], [1, '#ffe3a6', 0]]);
  let rails = `M0 1000H${WIDTH}M0 1016H${WIDTH}`;
  for (let x = 0; x <= WIDTH; x += 36) rails += `M${x} 1000v30`;
  return svgDocument(
    defs,
    path(`M0 1030H${WIDTH}V${HEIGHT}H0Z`, { fill: '#0b0a14' }) +
      path(rails, { stroke: '#0b0a14', 'stroke-width': 4 }) +
      path(lamps.poles, { stroke: '#0b0a14', 'stroke-width': 5 }) +
      halos(lamps.points, 36, 'l') +
      path(treeLine(rng, -60, 260, 1060, 90, 1.4) + treeLine(rng, 3600, 3900, 1060, 90, 1.4), { fill: '#0b0a14' }),
  );
}

/** Builds the five layers of the Hard Core chapter. */
export function hardCore(): ChapterArt {
  const rng = createRng(100);
  const peak = (x: number): number => 0.55 + 0.75 * Math.exp(-(((x - IFC_X) / 520) ** 2));
  const towers = skyline(rng, { x0: 880, x1: 3060, base: HORIZON, minHeight: 130, maxHeight: 330, minWidth: 34, maxWidth: 78, profile: peak, gap: [-6, 8] }).filter(
    (t) => Math.abs(t.x + t.width / 2 - IFC_X) > 70, // keep the IFC shaft clear of neighbours
  );
  towers.push({ x: XIAOMI_X - 30, width: 60, top: 400, base: HORIZON, roof: 'flat' });
  return {
    layers: [
      { name: 'sky', svg: sky() },
      { name: 'far', svg: far(towers) },
      { name: 'mid', svg: mid() },
      { name: 'river', svg: river(towers) },
      { name: 'fore', svg: fore() },
    ],
    alt: {
      'zh-CN': '黄昏时分的江北嘴金融城：密集的金融大楼簇拥着塔吊仍在施工的江北嘴国际金融中心，嘉陵江与长江在半岛尖端交汇，两座斜拉桥横跨江面。',
      en: 'Jiangbeizui financial district at dusk: dense towers cluster around the still-rising Jiangbeizui International Financial Centre with a crane on top, while the Jialing and Yangtze rivers meet at the tip of the peninsula under two cable-stayed bridges.',
    },
    hotspots: {
      'chengdu-bank': { x: 620, y: 560 },
      'financial-institutions': { x: 1420, y: 470 },
      'ifc-tower': { x: IFC_X, y: 290 },
      'xiaomi-consumer-finance': { x: XIAOMI_X, y: 470 },
    },
  };
}
