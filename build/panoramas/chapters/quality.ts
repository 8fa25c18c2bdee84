import { skyline, towerOutline } from '../buildings';
import type { ChapterArt } from '../layers';
import { cityGate, pavilion, pine, tombMound } from '../landmarks';
import { glow, reflectionDashes, ripples } from '../lights';
import { createRng, type Rng } from '../prng';
import { HEIGHT, WIDTH, el, num, path, radialGradient, svgDocument, verticalGradient } from '../svg';
import { circlePath, cloudStreaks, ridgePath, ridgeSampler, treeLine } from '../terrain';

/*
 * 品质 Quality: "mountains, rivers, city and culture" in conversation. Golden
 * light over the Jiangbeizui riverside park: green terraces, the Grand Steps,
 * walkways, and on the hill the city gate, the pavilion and the tomb mound,
 * with layered hazy mountains behind like a shanshui scroll.
 */

const BANK = 790;
const STEPS_X = 1500;
const GATE_X = 2380;
const PAVILION_X = 2920;
const TOMB_X = 3400;

function sky(): string {
  const rng = createRng(401);
  const defs =
    verticalGradient('s', [
      [0, '#6f9cbc'],
      [0.35, '#a9c3cc'],
      [0.58, '#e6dcc0'],
      [0.72, '#f6d8a6'],
      [1, '#f3c98e'],
    ]) +
    radialGradient('g', [
      [0, '#fff4d8', 1],
      [0.12, '#fff0c8', 0.9],
      [0.4, '#ffe2a8', 0.35],
      [1, '#ffe2a8', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { width: WIDTH, height: HEIGHT, fill: 'url(#s)' }) +
      glow(980, 560, 700, 420, 'g') +
      path(cloudStreaks(rng, 10, 200, 460), { fill: '#fff', opacity: 0.35 }) +
      path(birds(rng, 1500, 360, 9), {
        stroke: '#4a5560',
        'stroke-width': 2.5,
        fill: 'none',
        'stroke-linecap': 'round',
      }),
  );
}

/** A loose flight of egrets: two arcs each, the smallest sign of life over the river. */
function birds(rng: Rng, x: number, y: number, count: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const bx = x + i * rng.range(30, 60);
    const by = y + Math.abs(i - count / 2) * 14 + rng.range(-8, 8);
    const w = rng.range(8, 14);
    d += `M${num(bx - w)} ${num(by - 4)}q${num(w / 2)} -6 ${num(w)} 4q${num(w / 2)} -10 ${num(w)} -4`;
  }
  return d;
}

function far(): string {
  const rng = createRng(402);
  // The city sits in the haze between the ranges: mountains, city and river in one view.
  const city = skyline(rng, {
    x0: 1700,
    x1: 3300,
    base: 650,
    minHeight: 40,
    maxHeight: 190,
    minWidth: 24,
    maxWidth: 60,
    gap: [-6, 10],
    profile: (x) => 0.4 + Math.exp(-(((x - 2500) / 500) ** 2)),
  });
  // Three ranges, each hazier with distance: the shanshui way to show depth.
  return svgDocument(
    verticalGradient('m', [
      [0, '#6f8f98'],
      [1, '#a9bcb8'],
    ]),
    path(ridgePath(rng, { baseY: 520, amplitude: 90, step: 28 }), { fill: '#b7c6c6' }) +
      path(ridgePath(rng, { baseY: 600, amplitude: 70, step: 28 }), { fill: '#97adae' }) +
      path(city.map(towerOutline).join(''), { fill: '#a7b8bb' }) +
      path(ridgePath(rng, { baseY: 680, amplitude: 50, step: 28 }), { fill: 'url(#m)' }),
  );
}

/** The park's green terraces as stacked bands, each edged with a stone retaining wall. */
function terraces(hill: (x: number) => number): { green: string[]; walls: string } {
  const green: string[] = [];
  let walls = '';
  for (let k = 0; k < 5; k++) {
    const offset = k * 44;
    let d = `M0 ${BANK}`;
    let wall = '';
    for (let x = 0; x <= WIDTH; x += 40) {
      const y = Math.min(BANK - 4, hill(x) + offset);
      d += `L${x} ${num(y)}`;
      wall += `${x === 0 ? 'M' : 'L'}${x} ${num(y)}`;
    }
    green.push(d + `L${WIDTH} ${BANK}Z`);
    if (k > 0) walls += wall;
  }
  return { green, walls };
}

/** 江北嘴大台阶: the Grand Steps, a wide stair rising from the water with landings. */
function grandSteps(hill: (x: number) => number): { stair: string; treads: string } {
  const top = hill(STEPS_X) + 10;
  const stair = `M${STEPS_X - 90} ${num(top)}H${STEPS_X + 90}L${STEPS_X + 190} ${BANK}H${STEPS_X - 190}Z`;
  let treads = '';
  for (let y = top + 6; y < BANK; y += 7) {
    const half = 90 + ((y - top) / (BANK - top)) * 100;
    if (Math.round(y - top) % 63 < 7) continue; // a landing every nine steps
    treads += `M${num(STEPS_X - half)} ${num(y)}h${num(half * 2)}`;
  }
  return { stair, treads };
}

/** Small visitors scattered between two heights (on the steps, on the walkway). */
function strollers(rng: Rng, x0: number, x1: number, y0: number, y1: number, count: number, scale: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const y = rng.range(y0, y1);
    const h = rng.range(70, 100) * scale * (0.7 + (0.3 * (y - y0)) / Math.max(1, y1 - y0));
    const x = rng.range(x0, x1);
    d +=
      circlePath(x, y - h * 0.9, h * 0.09) +
      `M${num(x - h * 0.12)} ${num(y)}L${num(x - h * 0.1)} ${num(y - h * 0.8)}h${num(h * 0.2)}L${num(x + h * 0.12)} ${num(y)}Z`;
  }
  return d;
}

function mid(): string {
  const rng = createRng(403);
  const base = ridgeSampler(rng, 40);
  // The hill climbs to the right where the landmarks stand.
  const hill = (x: number): number =>
    640 -
    base(x) * 0.6 -
    120 * Math.exp(-(((x - PAVILION_X) / 500) ** 2)) -
    50 * Math.exp(-(((x - TOMB_X) / 300) ** 2)) +
    40 * Math.exp(-(((x - 300) / 500) ** 2));
  const t = terraces(hill);
  const steps = grandSteps(hill);
  const greens = ['#6c9456', '#7aa35d', '#86ad63', '#93b86b', '#9fc274'];
  let walk = '';
  for (let x = 200; x < 1200; x += 240)
    walk += `M${x} ${num(hill(x) + 50)}L${x + 200} ${num(hill(x + 200) + 140)}L${x + 30} ${BANK - 8}`;
  // Trees grow in groves on the terraces; each crown gets a sunlit cap on the left.
  let trees = '';
  let lit = '';
  for (let k = 0; k < 4; k++) {
    for (let x = rng.range(0, 120); x < WIDTH; x += rng.range(120, 320)) {
      if (Math.abs(x - STEPS_X) < 220 || Math.abs(x - GATE_X) < 230) continue;
      for (let n = rng.int(2, 5); n > 0; n--) {
        const tx = x + rng.range(-40, 40);
        const r = rng.range(12, 26);
        const ty = hill(tx) + k * 44 - r * 0.6;
        trees += circlePath(tx, ty, r);
        lit += circlePath(tx - r * 0.3, ty - r * 0.3, r * 0.55);
      }
    }
  }
  const gate = cityGate(GATE_X, hill(GATE_X) + 40);
  const pines = [TOMB_X - 190, TOMB_X - 160, TOMB_X + 170, TOMB_X + 200]
    .map((x) => pine(x, Math.round(hill(TOMB_X) + 40), rng.range(70, 100)))
    .join('');
  const tomb = tombMound(TOMB_X, Math.round(hill(TOMB_X) + 40));
  return svgDocument(
    '',
    t.green.map((d, i) => path(d, { fill: greens[i] ?? '#9fc274' })).join('') +
      path(t.walls, { stroke: '#e3d8bd', 'stroke-width': 3, fill: 'none', opacity: 0.8 }) +
      path(walk, { stroke: '#efe4c8', 'stroke-width': 6, fill: 'none', 'stroke-linejoin': 'round' }) +
      path(trees, { fill: '#45693f' }) +
      path(lit, { fill: '#6e9a55', opacity: 0.8 }) +
      path(steps.stair, { fill: '#d8ccb0' }) +
      path(steps.treads, { stroke: '#b6a888', 'stroke-width': 2 }) +
      path(strollers(rng, STEPS_X - 150, STEPS_X + 150, hill(STEPS_X) + 30, BANK - 10, 12, 0.28), { fill: '#4a4240' }) +
      path(gate.wall, { fill: '#8a7f70' }) +
      path(gate.arch, { fill: '#3e3a36' }) +
      path(gate.tower, { fill: '#5a4038' }) +
      path(pavilion(PAVILION_X, Math.round(hill(PAVILION_X) + 6), 1.2), { fill: '#6a4a3c' }) +
      path(tomb.mound, { fill: '#6f8a50' }) +
      path(tomb.stele, { fill: '#9a9488' }) +
      path(pines, { fill: '#2f5238' }) +
      path(`M0 ${BANK - 6}H${WIDTH}V${BANK + 6}H0Z`, { fill: '#cdbf9f' }),
  );
}

function river(): string {
  const rng = createRng(404);
  const defs =
    verticalGradient('w', [
      [0, '#d9d2b4'],
      [0.15, '#9fb8b0'],
      [1, '#3f6d78'],
    ]) +
    verticalGradient('r', [
      [0, '#5f8a54', 0.55],
      [1, '#5f8a54', 0],
    ]);
  return svgDocument(
    defs,
    el('rect', { y: BANK, width: WIDTH, height: HEIGHT - BANK, fill: 'url(#w)' }) +
      el('rect', { y: BANK, width: WIDTH, height: 90, fill: 'url(#r)' }) +
      path(reflectionDashes(rng, 980, BANK + 4, 280, 120), { stroke: '#fff6dc', 'stroke-width': 3, opacity: 0.8 }) +
      path(ripples(rng, 260, 0, WIDTH, BANK + 8, HEIGHT), { stroke: '#f4f0e0', 'stroke-width': 1.5, opacity: 0.4 }) +
      sampan(2050, 905),
  );
}

/** A small wooden boat with an arched canopy, as still plies the rivers. */
function sampan(x: number, y: number): string {
  return (
    path(
      `M${x} ${y - 10}Q${x + 90} ${y + 12} ${x + 180} ${y - 14}L${x + 170} ${y}Q${x + 90} ${y + 18} ${x + 8} ${y + 2}Z`,
      { fill: '#4a3a30' },
    ) +
    path(`M${x + 50} ${y - 4}Q${x + 85} ${y - 44} ${x + 120} ${y - 6}Z`, { fill: '#2e2a28' }) +
    path(`M${x + 150} ${y - 10}l40 -70`, { stroke: '#4a3a30', 'stroke-width': 3 }) +
    path(`M${x - 20} ${y + 10}h220`, { stroke: '#fff', 'stroke-width': 2, opacity: 0.5 })
  );
}

/** Reeds: thin curved blades, leaning with the breeze. */
function reeds(rng: Rng, x0: number, x1: number, baseY: number): string {
  let d = '';
  for (let i = 0; i < 90; i++) {
    const x = rng.range(x0, x1);
    const h = rng.range(80, 200);
    const lean = rng.range(-10, 40);
    d += `M${num(x)} ${baseY}q${num(lean * 0.3)} ${num(-h * 0.5)} ${num(lean)} ${num(-h)}`;
  }
  return d;
}

/** Willow branches hanging from the top-left corner. */
function willow(rng: Rng): { branches: string; leaves: string } {
  let branches = '';
  let leaves = '';
  for (let i = 0; i < 16; i++) {
    const x = rng.range(-40, 420);
    const len = rng.range(200, 460);
    branches += `M${num(x)} 0q${num(rng.range(10, 40))} ${num(len * 0.5)} ${num(rng.range(20, 50))} ${num(len)}`;
    for (let y = 30; y < len; y += 18)
      leaves += `M${num(x + ((y / len) * 30 + 8))} ${num(y)}l${num(rng.range(-8, 8))} 12`;
  }
  return { branches, leaves };
}

function fore(): string {
  const rng = createRng(405);
  const w = willow(rng);
  let rail = `M2600 1010H${WIDTH}M2600 1030H${WIDTH}`;
  for (let x = 2600; x <= WIDTH; x += 50) rail += `M${x} 1010v50`;
  return svgDocument(
    '',
    path(w.branches, { stroke: '#3d5a32', 'stroke-width': 3, fill: 'none' }) +
      path(w.leaves, { stroke: '#5d8a45', 'stroke-width': 4, 'stroke-linecap': 'round' }) +
      path(reeds(rng, -20, 700, HEIGHT), { stroke: '#4e6a3a', 'stroke-width': 3, fill: 'none' }) +
      path(`M2560 1060H${WIDTH}V${HEIGHT}H2520Z`, { fill: '#b9ab8a' }) +
      path(strollers(rng, 2750, 3500, 1030, 1060, 5, 1.3), { fill: '#3e3630' }) +
      path(rail, { stroke: '#4a4038', 'stroke-width': 4 }) +
      path(`M2900 1060V900M3400 1060V900`, { stroke: '#4a4038', 'stroke-width': 6 }) +
      path(`M2880 900h40l-8 -20h-24ZM3380 900h40l-8 -20h-24Z`, { fill: '#4a4038' }) +
      path(treeLine(rng, 3600, 3900, 1070, 100, 1.3), { fill: '#3d5a32' }),
  );
}

/** Builds the five layers of the Quality chapter. */
export function quality(): ChapterArt {
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
        '金色阳光下的江北嘴江滩公园：绿色台地、大台阶和步道沿江铺展，山坡上有保定门、测候亭和明玉珍睿陵的剪影，远处群山层叠，江水倒映天光。',
      en: 'Jiangbeizui Riverside Park in golden light: green terraces, the Grand Steps and walkways along the water, with the silhouettes of Baoding Gate, the Cehou Pavilion and the Rui Mausoleum of Ming Yuzhen on the hill, layered mountains behind and the river reflecting the sky.',
    },
    hotspots: {
      'riverside-park': { x: 700, y: 700 },
      'park-works': { x: STEPS_X, y: 660 },
      'waterfront-vision': { x: 2080, y: 800 },
      'pearl-chain': { x: PAVILION_X, y: 480 },
    },
  };
}
