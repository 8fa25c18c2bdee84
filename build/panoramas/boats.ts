import { reflectionDashes } from './lights';
import { createRng } from './prng';
import { path } from './svg';

/** A two-deck river cruise boat with lit windows, the classic Chongqing night cruise. */
export function cruiseBoat(x: number, y: number, trim = '#ff9a5a', seed = 105): string {
  let windows = '';
  for (let i = 0; i < 14; i++) windows += `M${x + 30 + i * 16} ${y - 30}h10v8h-10z`;
  for (let i = 0; i < 9; i++) windows += `M${x + 60 + i * 18} ${y - 56}h12v8h-12z`;
  return (
    path(`M${x} ${y - 14}H${x + 290}L${x + 270} ${y + 4}H${x + 14}Z`, { fill: '#11131f' }) +
    path(`M${x + 20} ${y - 14}V${y - 40}H${x + 260}V${y - 14}ZM${x + 50} ${y - 40}V${y - 64}H${x + 230}V${y - 40}Z`, {
      fill: '#1f1d33',
    }) +
    path(windows, { fill: '#ffe0a0' }) +
    path(`M${x + 20} ${y - 40}H${x + 260}M${x + 50} ${y - 64}H${x + 230}M${x} ${y - 14}H${x + 290}`, {
      stroke: trim,
      'stroke-width': 2,
    }) +
    path(reflectionDashes(createRng(seed), x + 145, y + 6, 120, 200), {
      stroke: '#ffd890',
      'stroke-width': 2,
      opacity: 0.45,
    })
  );
}
