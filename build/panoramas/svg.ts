/**
 * Minimal SVG string builders. Output is kept terse (rounded numbers, relative
 * path commands) because every layer must stay under the 150 KB budget.
 */

/** Panorama canvas: twice a 1920 screen wide, one screen high. */
export const WIDTH = 3840;
export const HEIGHT = 1080;

/** Rounds to one decimal and drops a trailing ".0" to keep paths short. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Joins [x, y] points into a closed polygon path. */
export function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('') + 'Z';
}

/** Attribute string from a record; undefined values are skipped. */
function attrs(record: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(record)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : value}"`)
    .join('');
}

/** A <path> element; empty paths are dropped so no layer carries dead markup. */
export function path(d: string, style: Readonly<Record<string, string | number | undefined>>): string {
  return d === '' ? '' : `<path d="${d}"${attrs(style)}/>`;
}

/** Any other element with attributes (rect, ellipse, circle, line...). */
export function el(name: string, style: Readonly<Record<string, string | number | undefined>>, children = ''): string {
  return children === '' ? `<${name}${attrs(style)}/>` : `<${name}${attrs(style)}>${children}</${name}>`;
}

/** A gradient stop: [offset 0..1, colour, opacity?]. */
export type Stop = readonly [number, string, number?];

function stops(list: readonly Stop[]): string {
  return list
    .map(
      ([offset, color, opacity]) =>
        `<stop offset="${num(offset * 100)}%" stop-color="${color}"${opacity === undefined ? '' : ` stop-opacity="${Math.round(opacity * 1000) / 1000}"`}/>`,
    )
    .join('');
}

/** Vertical linear gradient (top to bottom) in bounding-box units. */
export function verticalGradient(id: string, list: readonly Stop[]): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops(list)}</linearGradient>`;
}

/** Horizontal linear gradient (left to right) in bounding-box units. */
export function horizontalGradient(id: string, list: readonly Stop[]): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">${stops(list)}</linearGradient>`;
}

/** Radial gradient in bounding-box units, centred. */
export function radialGradient(id: string, list: readonly Stop[]): string {
  return `<radialGradient id="${id}">${stops(list)}</radialGradient>`;
}

/** Wraps layer markup into a standalone SVG document of the panorama canvas. */
export function svgDocument(defs: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">` +
    (defs === '' ? '' : `<defs>${defs}</defs>`) +
    body +
    '</svg>\n'
  );
}
