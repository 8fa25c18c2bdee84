import { robotArm, sawtoothHall } from '../industry';
import { el, num, path } from '../svg';
import { createRng, type Rng } from '../prng';
import { circlePath, treeLine } from '../terrain';

/*
 * The buildings of the Momentum chapter, one function each, all standing on
 * the mid layer's ground line so the hotspots can point at them.
 */

/** Ground line of the industrial park. */
export const GROUND = 740;
export const CYAN = '#4ff0ff';
export const AMBER = '#ffb547';

/** Smart factory: solar sawtooth roof, and glazed bays where robot arms work under bright light. */
export function smartFactory(x: number, width: number): string {
  const hall = sawtoothHall(x, GROUND, width, 110, Math.round(width / 64));
  const bayW = (width - 60) / 3;
  let bays = '';
  let arms = '';
  let joints = '';
  for (let i = 0; i < 3; i++) {
    const bx = x + 20 + i * (bayW + 10);
    bays += el('rect', { x: bx, y: GROUND - 86, width: bayW, height: 70, fill: 'url(#bay)' });
    const arm = robotArm(bx + bayW / 2, GROUND - 16, 0.34, 60 + i * 12, -10 - i * 15);
    arms += arm.body;
    joints += arm.joints;
  }
  return (
    path(hall.hall, { fill: '#143246' }) +
    path(hall.panels, { fill: '#2f6fd0' }) +
    path(hall.grid, { stroke: '#9cc4ff', 'stroke-width': 1.5 }) +
    bays +
    path(arms, { fill: '#e07b1a' }) +
    path(joints, { fill: '#3a2410' })
  );
}

/** Tower crane over a half-built frame: the "ten projects" breaking ground. */
export function constructionSite(x: number): string {
  let frame = '';
  for (let y = GROUND; y >= 560; y -= 30) frame += `M${x - 90} ${y}h180`;
  for (let cx = x - 90; cx <= x + 90; cx += 45) frame += `M${cx} ${GROUND}V560`;
  const crane = `M${x + 120} ${GROUND}V420M${x + 112} ${GROUND}V420M${x - 40} 430H${x + 240}M${x + 116} 420l-10 -30h20ZM${x + 116} 390L${x + 236} 430M${x + 116} 390L${x - 36} 430M${x + 30} 430v70`;
  return (
    path(frame, { stroke: '#1b3a4c', 'stroke-width': 5 }) +
    path(crane, { stroke: AMBER, 'stroke-width': 4, fill: 'none' }) +
    path(`M${x + 116} 388h0M${x + 240} 428h0`, { stroke: '#ff4a4a', 'stroke-width': 7, 'stroke-linecap': 'round' })
  );
}

/** Haier's research institute: a rounded glass building with lit bands. */
export function institute(x: number): string {
  let bands = '';
  for (let y = 560; y < GROUND - 20; y += 26) bands += `M${x - 210} ${y}h420`;
  return (
    el('rect', { x: x - 230, y: 530, width: 460, height: GROUND - 530, rx: 60, fill: '#18405a' }) +
    path(bands, { stroke: '#bfefff', 'stroke-width': 9, opacity: 0.75 }) +
    el('rect', { x: x - 60, y: 500, width: 120, height: 40, rx: 8, fill: '#18405a' })
  );
}

/** Data centre: a long hall of server racks shown as cyan LED columns, fans on the roof. */
export function dataCentre(rng: Rng, x: number): string {
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
export function bigDataTower(x: number): string {
  let strips = '';
  for (let sx = x - 50; sx <= x + 50; sx += 20) strips += `M${sx} 290V${GROUND - 10}`;
  return (
    path(`M${x - 70} ${GROUND}V300L${x} 250L${x + 70} 300V${GROUND}Z`, { fill: '#0f2f44' }) +
    path(strips, { stroke: CYAN, 'stroke-width': 3, 'stroke-dasharray': '18 8', opacity: 0.8 }) +
    path(`M${x - 70} 300L${x} 250L${x + 70} 300`, { stroke: AMBER, 'stroke-width': 5, fill: 'none' })
  );
}

/** Bio-lab: white facade with a double helix (the bioscience emblem without words), a glass atrium and a roof garden. */
export function bioLab(x: number): string {
  let helixA = `M${x - 130} 600`;
  let helixB = `M${x - 130} 600`;
  let rungs = '';
  for (let i = 0; i <= 26; i++) {
    const hx = x - 130 + i * 10;
    const dy = Math.sin(i / 3) * 22;
    helixA += `L${hx} ${num(600 + dy)}`;
    helixB += `L${hx} ${num(600 - dy)}`;
    if (i % 2 === 0) rungs += `M${hx} ${num(600 - Math.abs(dy))}V${num(600 + Math.abs(dy))}`;
  }
  let windows = '';
  for (let y = 652; y < GROUND - 16; y += 26)
    for (let wx = x - 226; wx < x + 120; wx += 30) windows += `M${wx} ${y}h22v12h-22Z`;
  return (
    el('rect', { x: x - 250, y: 550, width: 500, height: GROUND - 550, fill: 'url(#lab)' }) +
    path(windows, { fill: '#8fd0dc', opacity: 0.85 }) +
    el('rect', { x: x + 140, y: 560, width: 90, height: GROUND - 560, rx: 10, fill: '#bff3ea', opacity: 0.85 }) +
    path(`M${x + 150} 590h70M${x + 150} 630h70M${x + 150} 670h70M${x + 150} 710h70`, {
      stroke: '#6fc2b8',
      'stroke-width': 2,
    }) +
    path(treeLine(createRng(310), x - 240, x + 240, 552, 9), { fill: '#3fa06a' }) +
    path(rungs, { stroke: '#9ad8cf', 'stroke-width': 2 }) +
    path(helixA + helixB, { stroke: '#2fa39a', 'stroke-width': 5, fill: 'none' })
  );
}
