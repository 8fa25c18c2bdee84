/**
 * What a pack's panorama art may use: the one allow-list the kiosk's SVG sanitiser
 * (renderer/panorama/inline-svg.ts) draws with and the pack validator
 * (electron/cli/pack/svg-check.ts) warns against. Anything else is dropped by the
 * kiosk, so the validator names it before staff wonder where their text went.
 * Pure data and pure functions: both the renderer and Node import it.
 */

/** The SVG namespace: elements outside it are foreign content and dropped. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Drawing elements kept; any other element is dropped with everything inside it. */
export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
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

/** Elements whose text content is kept (accessible names); elsewhere text is dropped. */
export const SVG_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['title', 'desc']);

/** Presentation and geometry attributes kept (no namespace); any other attribute is dropped. */
export const SVG_ATTRIBUTES: ReadonlySet<string> = new Set([
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

/** The parts of a DOM element (browser or Node XML DOM) the rule looks at. */
export type SvgElementName = Readonly<{ namespaceURI: string | null; localName: string | null }>;
/** The parts of a DOM attribute the rule looks at. */
export type SvgAttribute = Readonly<{ namespaceURI: string | null; localName: string | null; value: string }>;

/** A url(…) in an attribute: only references inside the file, `url(#id)`, are kept. */
const URL_REF = /url\(\s*(['"]?)(.*?)\1\s*\)/g;

/** True when the kiosk keeps this element (and so looks inside it). */
export const keepsSvgElement = (element: SvgElementName): boolean =>
  element.namespaceURI === SVG_NS && SVG_ELEMENTS.has(element.localName ?? '');

/**
 * The value the kiosk gives an attribute: ids get `prefix` (two layers' "#glow"
 * must not meet in one document) and url(#…) references follow them. Null when the
 * attribute is dropped: not allowed, namespaced (xlink:, xml:), or a url() leaving the file.
 */
export const keptSvgAttributeValue = (attribute: SvgAttribute, prefix: string): string | null => {
  if (attribute.namespaceURI !== null || !SVG_ATTRIBUTES.has(attribute.localName ?? '')) return null;
  if (attribute.localName === 'id') return `${prefix}${attribute.value}`;
  let outside = false;
  const value = attribute.value.replace(URL_REF, (_, _quote: string, target: string) => {
    if (!target.startsWith('#')) outside = true;
    return `url(#${prefix}${target.slice(1)})`;
  });
  return outside ? null : value;
};
