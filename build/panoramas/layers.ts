/** The parallax layers every chapter uses, back to front. */
export const LAYER_DEPTHS = {
  sky: 0.05,
  far: 0.2,
  mid: 0.45,
  river: 0.65,
  fore: 0.9,
} as const;

/** Name of one parallax layer. */
export type LayerName = keyof typeof LAYER_DEPTHS;

/** A point on the panorama in canvas pixels (0..3840, 0..1080). */
export type PixelPoint = { readonly x: number; readonly y: number };

/** What a chapter module produces: the layer SVGs plus what panoramas.json needs. */
export type ChapterArt = {
  /** Layers back to front; each is a complete SVG document. */
  layers: ReadonlyArray<{ name: LayerName; svg: string }>;
  /** One-sentence scene description for screen readers. */
  alt: { 'zh-CN': string; en: string };
  /** Hotspot positions in canvas pixels, placed over the drawn object the fact is about. */
  hotspots: Readonly<Record<string, PixelPoint>>;
  /**
   * Names drawn on the art as real text (the SVG allow-list drops <text>): the point is
   * the top centre of the label, just under what it names.
   */
  labels?: Readonly<Record<string, { at: PixelPoint; text: { 'zh-CN': string; en: string } }>>;
};
