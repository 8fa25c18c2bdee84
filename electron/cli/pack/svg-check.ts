import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { keepsSvgElement, keptSvgAttributeValue, SVG_NS } from '../../shared/svg-allow-list';

/**
 * An SVG layer as the kiosk will draw it: its size, and what its sanitiser drops (by
 * name, with counts), split into what shows and editor bookkeeping that does not.
 */
export type SvgCheck =
  | { ok: true; width: number; height: number; dropped: string[]; droppedUnseen: string[] }
  | { ok: false; error: string };

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Dropped names that change nothing on screen (editor bookkeeping): reported apart,
 * so the warning about `<text>` or `style=` is not lost among them.
 */
const UNSEEN =
  /^(?:version=|baseProfile=|xml:space=|data-[\w-]*=|<metadata>|<sodipodi:[\w-]+>|(?:sodipodi|inkscape):[\w-]+=)$/;

/** A length in user units: "3840", "3840px", "3840.5"; null for %, em, or nothing. */
const length = (value: string | null): number | null => {
  const match = /^\s*([\d.]+)\s*(px)?\s*$/.exec(value ?? '');
  const n = match ? Number.parseFloat(match[1] ?? '') : Number.NaN;
  return n > 0 ? n : null;
};

/** Width and height of the root <svg>: its width/height attributes, else its viewBox. */
const rootSize = (root: XmlElement): { width: number; height: number } | null => {
  const box = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [boxWidth, boxHeight] = box.length === 4 ? [box[2] ?? 0, box[3] ?? 0] : [0, 0];
  const width = length(root.getAttribute('width')) ?? (boxWidth > 0 ? boxWidth : null);
  const height = length(root.getAttribute('height')) ?? (boxHeight > 0 ? boxHeight : null);
  return width && height ? { width, height } : null;
};

/** Walks what the sanitiser walks: kept elements only, counting each dropped element and attribute. */
const collectDropped = (element: XmlElement, counts: Map<string, number>) => {
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.namespaceURI === XMLNS_NS) continue; // namespace declarations draw nothing
    if (keptSvgAttributeValue(attribute, '') !== null) continue;
    const plain = { namespaceURI: attribute.namespaceURI, localName: attribute.localName, value: '' };
    const leaves = /url\(/.test(attribute.value) && keptSvgAttributeValue(plain, '') !== null;
    add(leaves ? `${attribute.name}="url(…)" pointing outside the file` : `${attribute.name}=`);
  }
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const el = child as XmlElement;
    if (keepsSvgElement(el)) collectDropped(el, counts);
    else add(`<${el.tagName}>`);
  }
};

/**
 * Reads an SVG layer the way the kiosk will: parsed as XML (any quoting), root
 * `<svg>` in the SVG namespace, then the shared allow-list applied. Every element
 * and attribute the kiosk drops is named, so art that relies on `<style>`, `style=`,
 * `<text>` or `<image>` is caught before it reaches a kiosk and silently disappears.
 */
export const checkSvg = (text: string): SvgCheck => {
  let root: XmlElement;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        // The browser stops at the first XML error too (and then draws nothing). xmldom
        // does not read a DOCTYPE's internal entities (Illustrator declares some), which
        // the browser does: an unknown entity is not taken as broken XML.
        if (level === 'fatalError' || (level === 'error' && !/entity not found/i.test(message)))
          throw new Error(message);
      },
    });
    // text/xml, not image/svg+xml: like the browser, no default namespace is assumed.
    const parsed = parser.parseFromString(text, 'text/xml').documentElement;
    if (!parsed) return { ok: false, error: 'not an SVG document (empty)' };
    root = parsed;
  } catch (error) {
    const where = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const at = where?.lineNumber ? ` at line ${where.lineNumber}, column ${where.columnNumber ?? '?'}` : '';
    // xmldom wraps the parser's message: "Reporting fatalError "…" caused Error: <message>".
    const message = (error as Error).message.split('\n')[0] ?? '';
    const cause = /caused \w*Error: (.*)$/.exec(message)?.[1] ?? message;
    return { ok: false, error: `not an SVG document: not well-formed XML${at} (${cause})` };
  }
  if (root.localName !== 'svg') return { ok: false, error: `not an SVG document (root element <${root.tagName}>)` };
  if (root.namespaceURI !== SVG_NS) {
    return {
      ok: false,
      error: `the kiosk will not draw it: <svg> lacks xmlns="${SVG_NS}"`,
    };
  }
  const size = rootSize(root);
  if (!size) return { ok: false, error: 'SVG has no width/height or viewBox' };
  const counts = new Map<string, number>();
  collectDropped(root, counts);
  const named = [...counts].map(([name, count]) => ({ name, text: count > 1 ? `${name} ×${count}` : name }));
  return {
    ok: true,
    ...size,
    dropped: named.filter((d) => !UNSEEN.test(d.name)).map((d) => d.text),
    droppedUnseen: named.filter((d) => UNSEEN.test(d.name)).map((d) => d.text),
  };
};
