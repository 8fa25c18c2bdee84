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

const SVG_NS = 'http://www.w3.org/2000/svg';

const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'title',
  'desc',
]);

const ATTRIBUTES = new Set([
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'transform',
  'id',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'opacity',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'clip-path',
  'clip-rule',
  'mask',
  'maskUnits',
  'clipPathUnits',
]);

/** A url(…) in an attribute: only references inside the file, `url(#id)`. */
const URL_REF = /url\(\s*(['"]?)(.*?)\1\s*\)/g;

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
    const value = safeValue(attribute, prefix);
    if (value !== null) copy.setAttribute(attribute.localName, value);
  }
  for (const child of source.children) {
    if (child.namespaceURI === SVG_NS && ELEMENTS.has(child.localName)) copy.append(rebuild(child, prefix));
  }
  // Text only where it is text (title/desc); elsewhere whitespace is noise.
  if (source.localName === 'title' || source.localName === 'desc') copy.textContent = source.textContent;
  return copy;
};

const safeValue = (attribute: Attr, prefix: string): string | null => {
  if (attribute.namespaceURI !== null || !ATTRIBUTES.has(attribute.localName)) return null;
  if (attribute.localName === 'id') return `${prefix}${attribute.value}`;
  let outside = false;
  const value = attribute.value.replace(URL_REF, (_, _quote: string, target: string) => {
    if (!target.startsWith('#')) outside = true;
    return `url(#${prefix}${target.slice(1)})`;
  });
  return outside ? null : value;
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
