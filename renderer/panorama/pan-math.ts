/**
 * Parallax geometry, pure. Every layer is scaled to the stage height, so it is
 * `fullWidth` wide; `pan` ∈ [0, 1] walks the reference plane (the layer the
 * hotspots sit on) from its left edge to its right edge. Farther layers move
 * less (linearly, all lined up at pan 0.5); nearer layers move more, eased so
 * they reach their own edges exactly at pan 0 and 1 and never show a gap.
 */

export type PanGeometry = Readonly<{ fullWidth: number; stageWidth: number }>;

/** How far a layer may shift: its width beyond the stage (≥ 0). */
export const panRange = (g: PanGeometry): number => Math.max(0, g.fullWidth - g.stageWidth);

/** Speed of a layer relative to the reference plane: depth / reference depth. */
export const depthFactor = (depth: number, referenceDepth: number): number =>
  referenceDepth > 0 ? depth / referenceDepth : 1;

/** Maps pan to [-1, 1] for one layer: linear for far layers, eased for near ones (slope `factor` at the centre, ends fixed). */
export const layerProgress = (pan: number, factor: number): number => {
  const u = Math.min(1, Math.max(-1, pan * 2 - 1));
  if (factor <= 1) return u * factor;
  return Math.sign(u) * (1 - (1 - Math.abs(u)) ** factor);
};

/** translateX in px of a layer at this pan (always within [-range, 0]: no gaps at the edges). */
export const layerShift = (pan: number, factor: number, g: PanGeometry): number => {
  const range = panRange(g);
  return -range * (0.5 + 0.5 * layerProgress(pan, factor));
};

/** Pan change for a finger movement of `dxPx`: the reference plane follows the finger. */
export const panDelta = (dxPx: number, g: PanGeometry): number => {
  const range = panRange(g);
  return range > 0 ? -dxPx / range : 0;
};

/** Clamps pan into [0, 1]. */
export const clampPan = (pan: number): number => Math.min(1, Math.max(0, pan));

/** The reference layer: the one named "mid" if any, else the median depth. */
export const referenceDepth = (layers: ReadonlyArray<Readonly<{ name: string; depth: number }>>): number => {
  const mid = layers.find((layer) => layer.name === 'mid');
  if (mid) return mid.depth;
  const depths = layers.map((layer) => layer.depth).sort((a, b) => a - b);
  return depths[Math.floor(depths.length / 2)] ?? 1;
};
