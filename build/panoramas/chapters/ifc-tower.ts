import { num, polygon } from '../svg';

/*
 * The Jiangbeizui International Financial Centre, Chongqing's future tallest
 * building, drawn mid-construction: a tapering glass shaft, its top floors
 * still bare slabs under work lights, a tower crane on the core.
 */

/** Everything the IFC needs, grouped by paint so the layer can order them. */
export type IfcParts = {
  body: string;
  shade: string;
  fins: string;
  floors: string;
  frame: string;
  crane: string;
  cables: string;
  workLights: string;
  redLights: string;
};

/** The IFC tower standing at x with its ground at base, glass reaching up to top. */
export function ifcTower(x: number, base: number, top: number): IfcParts {
  const baseW = 104;
  const topW = 62;
  const glassTop = top + 80; // glass stops here; above is bare structure
  const at = (y: number): number => baseW / 2 - ((baseW - topW) / 2) * ((base - y) / (base - glassTop));
  const body = polygon([
    [x - baseW / 2, base],
    [x - topW / 2, glassTop],
    [x + topW / 2, glassTop],
    [x + baseW / 2, base],
  ]);
  const shade = polygon([
    [x + baseW * 0.12, base],
    [x + topW * 0.12, glassTop],
    [x + topW / 2, glassTop],
    [x + baseW / 2, base],
  ]);
  // Vertical fins converge with the taper; lit floors only in the finished lower half.
  let fins = '';
  for (let k = -3; k <= 3; k++) fins += `M${num(x + (k * baseW) / 8)} ${base}L${num(x + (k * topW) / 8)} ${glassTop}`;
  let floors = '';
  for (let y = base - 16; y > glassTop + 10; y -= 12)
    if (y > base - 300 || (y | 0) % 36 < 12) floors += `M${num(x - at(y) + 4)} ${y}H${num(x + at(y) - 4)}`;
  let frame = `M${num(x - topW / 2 + 4)} ${glassTop}V${top}M${num(x + topW / 2 - 4)} ${glassTop}V${top}M${x} ${glassTop}V${top}`;
  for (let y = top; y <= glassTop; y += 11) frame += `M${num(x - topW / 2 + 2)} ${y}h${topW - 4}`;
  const mast = x - 8;
  const jibY = top - 64;
  const crane =
    `M${mast - 4} ${top}V${jibY}h8V${top}Z` +
    `M${mast - 64} ${jibY}h200v6h-200Z` +
    `M${mast - 60} ${jibY + 6}h28v12h-28Z` +
    `M${mast - 2} ${jibY}l-1 -28h6l-1 28Z` +
    `M${mast - 10} ${jibY + 6}h22v10h-22Z`; // operator cab
  const cables = `M${mast + 2} ${jibY - 28}L${mast + 134} ${jibY}M${mast + 2} ${jibY - 28}L${mast - 62} ${jibY}M${mast + 96} ${jibY + 6}v46`;
  const workLights = `M${x - 20} ${top + 4}h0M${x + 18} ${top + 26}h0M${x - 6} ${top + 52}h0M${mast + 96} ${jibY + 54}h0`;
  const redLights = `M${mast + 2} ${jibY - 30}h0M${mast + 134} ${jibY - 1}h0M${mast - 62} ${jibY - 1}h0`;
  return { body, shade, fins, floors, frame, crane, cables, workLights, redLights };
}
