import type { Rng } from './prng';
import { num } from './svg';

/** Factory hall with a sawtooth roof; the sloped faces carry solar panels. */
export function sawtoothHall(
  x: number,
  baseY: number,
  width: number,
  height: number,
  teeth: number,
): { hall: string; panels: string; grid: string } {
  const tooth = width / teeth;
  const top = baseY - height;
  let hall = `M${num(x)} ${num(baseY)}V${num(top)}`;
  let panels = '';
  let grid = '';
  for (let i = 0; i < teeth; i++) {
    const tx = x + i * tooth;
    hall += `L${num(tx + tooth * 0.8)} ${num(top - 30)}V${num(top)}L${num(tx + tooth)} ${num(top)}`;
    panels += `M${num(tx + 2)} ${num(top - 1)}L${num(tx + tooth * 0.8 - 2)} ${num(top - 29)}V${num(top - 20)}L${num(tx + 8)} ${num(top - 1)}Z`;
    for (let k = 1; k < 4; k++) grid += `M${num(tx + (tooth * 0.8 * k) / 4)} ${num(top - (29 * k) / 4)}v${num(8)}`;
  }
  return { hall: hall + `V${num(baseY)}Z`, panels, grid };
}

/** Lattice mast with 5G antenna panels and signal arcs. */
export function mast5g(x: number, baseY: number, height: number): { lattice: string; arcs: string; tip: string } {
  const top = baseY - height;
  let lattice = `M${num(x - 14)} ${num(baseY)}L${num(x - 3)} ${num(top)}M${num(x + 14)} ${num(baseY)}L${num(x + 3)} ${num(top)}`;
  for (let i = 1; i < 10; i++) {
    const y = baseY - (height * i) / 10;
    const half = 14 - (11 * i) / 10;
    lattice += `M${num(x - half)} ${num(y)}L${num(x + half)} ${num(y - height / 10)}`;
  }
  lattice += `M${num(x - 12)} ${num(top + 8)}h24M${num(x - 12)} ${num(top + 20)}h24`;
  let arcs = '';
  for (let r = 24; r <= 72; r += 24)
    arcs += `M${num(x + r * 0.7)} ${num(top - r * 0.7 + 10)}A${r} ${r} 0 0 1 ${num(x + r * 0.7)} ${num(top + r * 0.7 + 10)}M${num(x - r * 0.7)} ${num(top - r * 0.7 + 10)}A${r} ${r} 0 0 0 ${num(x - r * 0.7)} ${num(top + r * 0.7 + 10)}`;
  return { lattice, arcs, tip: `M${num(x)} ${num(top - 4)}h0` };
}

/** An industrial robot arm: base, two links and a gripper, posed by joint angles (degrees). */
export function robotArm(
  x: number,
  baseY: number,
  scale: number,
  a1: number,
  a2: number,
): { body: string; joints: string } {
  const rad = (d: number): number => (d * Math.PI) / 180;
  const l1 = 150 * scale;
  const l2 = 120 * scale;
  const sx = x;
  const sy = baseY - 40 * scale;
  const ex = sx + Math.cos(rad(a1)) * l1;
  const ey = sy - Math.sin(rad(a1)) * l1;
  const wx = ex + Math.cos(rad(a2)) * l2;
  const wy = ey - Math.sin(rad(a2)) * l2;
  const link = (ax: number, ay: number, bx: number, by: number, w: number): string => {
    const len = Math.hypot(bx - ax, by - ay);
    const nx = (-(by - ay) / len) * w;
    const ny = ((bx - ax) / len) * w;
    return `M${num(ax + nx)} ${num(ay + ny)}L${num(bx + nx)} ${num(by + ny)}L${num(bx - nx)} ${num(by - ny)}L${num(ax - nx)} ${num(ay - ny)}Z`;
  };
  const body =
    `M${num(x - 40 * scale)} ${num(baseY)}h${num(80 * scale)}l-${num(12 * scale)} -${num(40 * scale)}h-${num(56 * scale)}Z` +
    link(sx, sy, ex, ey, 16 * scale) +
    link(ex, ey, wx, wy, 11 * scale) +
    `M${num(wx - 4 * scale)} ${num(wy)}v${num(30 * scale)}h-${num(10 * scale)}v-${num(30 * scale)}ZM${num(wx + 4 * scale)} ${num(wy)}v${num(30 * scale)}h${num(10 * scale)}v-${num(30 * scale)}Z`;
  const r = 12 * scale;
  const joints = [
    [sx, sy],
    [ex, ey],
    [wx, wy],
  ]
    .map(
      ([jx = 0, jy = 0]) =>
        `M${num(jx - r)} ${num(jy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`,
    )
    .join('');
  return { body, joints };
}

/** Data-flow line: a smooth cubic between two points plus evenly spaced packet dots. */
export function dataFlow(
  rng: Rng,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  lift: number,
): { line: string; packets: string } {
  const c1x = ax + (bx - ax) * 0.3;
  const c2x = ax + (bx - ax) * 0.7;
  const c1y = Math.min(ay, by) - lift;
  const line = `M${num(ax)} ${num(ay)}C${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c1y)} ${num(bx)} ${num(by)}`;
  let packets = '';
  for (let t = rng.range(0.05, 0.2); t < 1; t += rng.range(0.12, 0.25)) {
    const x = (1 - t) ** 3 * ax + 3 * (1 - t) ** 2 * t * c1x + 3 * (1 - t) * t * t * c2x + t ** 3 * bx;
    const y = (1 - t) ** 3 * ay + 3 * (1 - t) ** 2 * t * c1y + 3 * (1 - t) * t * t * c1y + t ** 3 * by;
    packets += `M${num(x)} ${num(y)}h0`;
  }
  return { line, packets };
}

/** Container gantry crane of a river port: two legs, a portal beam and a long boom. */
export function gantryCrane(x: number, baseY: number, h: number): string {
  const top = baseY - h;
  return (
    `M${num(x - 30)} ${baseY}L${num(x - 22)} ${num(top)}h6L${num(x - 24)} ${baseY}Z` +
    `M${num(x + 30)} ${baseY}L${num(x + 22)} ${num(top)}h-6L${num(x + 24)} ${baseY}Z` +
    `M${num(x - 60)} ${num(top)}h160v-8h-160Z` +
    `M${num(x - 6)} ${num(top - 8)}l4 -30h4l4 30Z` +
    `M${num(x - 26)} ${num(top + 30)}h52v-5h-52Z`
  );
}

/** Stacks of shipping containers: rows of coloured boxes. */
export function containerStacks(
  rng: Rng,
  x0: number,
  x1: number,
  baseY: number,
  colors: readonly string[],
): Array<{ d: string; color: string }> {
  const groups = colors.map((color) => ({ d: '', color }));
  for (let x = x0; x < x1; x += 34) {
    const rows = rng.int(1, 4);
    for (let r = 0; r < rows; r++) {
      const g = groups[rng.int(0, groups.length - 1)];
      if (g) g.d += `M${num(x)} ${num(baseY - (r + 1) * 14)}h32v13h-32Z`;
    }
  }
  return groups;
}
