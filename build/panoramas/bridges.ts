import { num } from './svg';

/** A cable-stayed bridge: deck, pylons and fanned stay cables, split by paint. */
export type BridgeParts = { deck: string; pylons: string; cables: string; lights: string };

/**
 * Cable-stayed bridge between x0 and x1 with pylons at the given x positions.
 * Chongqing's bridges are its most recognisable night silhouettes.
 */
export function cableStayedBridge(
  x0: number,
  x1: number,
  deckY: number,
  pylonXs: readonly number[],
  pylonHeight: number,
  cablesPerSide = 9,
): BridgeParts {
  const deck = `M${num(x0)} ${num(deckY)}H${num(x1)}v8H${num(x0)}Z`;
  let pylons = '';
  let cables = '';
  let lights = '';
  const span = pylonXs.length > 1 ? Math.abs((pylonXs[1] ?? 0) - (pylonXs[0] ?? 0)) / 2 : (x1 - x0) / 2;
  for (const px of pylonXs) {
    const top = deckY - pylonHeight;
    pylons += `M${num(px - 11)} ${num(deckY + 60)}L${num(px - 5)} ${num(top)}h10L${num(px + 11)} ${num(deckY + 60)}Z`;
    for (let i = 1; i <= cablesPerSide; i++) {
      const anchorY = top + 10 + (i * (pylonHeight * 0.35)) / cablesPerSide;
      const reach = (span * 0.95 * i) / cablesPerSide;
      cables += `M${num(px - reach)} ${num(deckY)}L${num(px)} ${num(anchorY)}L${num(px + reach)} ${num(deckY)}`;
    }
    lights += `M${num(px)} ${num(top - 2)}h0`;
  }
  for (let x = x0 + 20; x < x1; x += 38) lights += `M${num(x)} ${num(deckY - 2)}h0`;
  return { deck, pylons, cables, lights };
}

/** Piers under a deck, down into the water (the river layer hides their feet). */
export function piers(x0: number, x1: number, deckY: number, spacing: number, depth: number): string {
  let d = '';
  for (let x = x0 + spacing / 2; x < x1; x += spacing) d += `M${num(x - 5)} ${num(deckY + 8)}h10v${num(depth)}h-10Z`;
  return d;
}
