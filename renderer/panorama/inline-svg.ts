/**
 * Panorama layers as inline SVG instead of <img src="….svg">. Chromium
 * rasterises an SVG *image* as a whole picture for every tile it touches;
 * inline, each tile draws only the shapes that cross it: a layer's raster
 * took 2–3× less time (software raster, 3840 × 1080 layers), and a chapter's
 * first frame waited on that raster.
 *
 * Inline markup shares the page, so a layer is rebuilt from a closed set of
 * drawing elements and attributes (what a pack's panorama art may use, see
 * docs/content-packs.md): no script, no foreign content, no link out of the
 * file. The renderer's CSP (no inline script, nothing remote) stands behind
 * this. Ids get a per-layer prefix: two layers' "#glow" gradients must not
 * meet in one document.
 */

// One allow-list for the sanitiser and the pack validator (which warns about what is dropped here).
import {
  keepsSvgElement,
  keptSvgAttributeValue,
  SVG_NS,
  SVG_TEXT_ELEMENTS,
} from '../../electron/shared/svg-allow-list';

/**
 * The layer drawn by `markup`, rebuilt from allowed elements and attributes
 * only, its ids prefixed with `prefix`. Null when the text is not an SVG
 * document. Unknown elements are dropped with their content; unknown
 * attributes, and url() references leaving the file, are dropped.
 */
export const sanitizeLayerSvg = (markup: string, prefix: string): SVGSVGElement | null => {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || parsed.querySelector('parsererror')) return null;
  return rebuild(root, prefix) as SVGSVGElement;
};

const rebuild = (source: Element, prefix: string): Element => {
  const copy = document.createElementNS(SVG_NS, source.localName);
  for (const attribute of source.attributes) {
    const value = keptSvgAttributeValue(attribute, prefix);
    if (value !== null) copy.setAttribute(attribute.localName, value);
  }
  for (const child of source.children) {
    if (keepsSvgElement(child)) copy.append(rebuild(child, prefix));
  }
  // Text only where it is text (title/desc); elsewhere whitespace is noise.
  if (SVG_TEXT_ELEMENTS.has(source.localName)) copy.textContent = source.textContent;
  return copy;
};

const layers = new Map<string, Promise<SVGSVGElement | null>>();
/** Templates kept: the default pack has 25 layers; older packs' go first. */
const MAX_LAYERS = 60;
let nextPrefix = 0;

/**
 * The sanitised layer at `url`, fetched and parsed once (a template: clone it
 * before use). Null when it cannot be fetched or is not an SVG: the layer is
 * then left empty, the panorama still works.
 */
export const loadLayerSvg = (url: string): Promise<SVGSVGElement | null> => {
  let layer = layers.get(url);
  if (!layer) {
    const prefix = `layer${nextPrefix++}-`;
    layer = fetch(url)
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => (text === null ? null : sanitizeLayerSvg(text, prefix)))
      .catch(() => null);
    layers.set(url, layer);
    if (layers.size > MAX_LAYERS) layers.delete(layers.keys().next().value as string);
  }
  return layer;
};

/** Fetches and parses these layers ahead of need (the chapters a visitor may open next). */
export const preloadLayerSvgs = (urls: readonly string[]): void => {
  for (const url of urls) void loadLayerSvg(url);
};
