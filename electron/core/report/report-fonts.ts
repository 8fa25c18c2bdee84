import fs from 'node:fs';
import path from 'node:path';

/** One subset of a bundled font (Noto Sans SC, or Noto Sans for Latin text): a woff2 file and the code points it covers. */
export type FontSubset = Readonly<{ family: string; weight: number; file: string; ranges: ReadonlyArray<readonly [number, number]> }>;

/** Where the font's @font-face rules are: the npm package (sources, web host) or the renderer build (packaged app). */
export type FontSource = Readonly<{ cssFiles: readonly string[]; rendererDir?: string }>;

const FAMILY = /font-family:\s*['"]?(Noto Sans(?: SC)?)['"]?\s*;/;

const parseRanges = (text: string): Array<[number, number]> =>
  text.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
  });

/**
 * Reads the Noto Sans SC @font-face rules (the @fontsource CSS, or the
 * renderer's built CSS, minified, where Vite renamed the files) into subsets
 * whose woff2 file exists. `url(/assets/…)` is under the renderer folder,
 * anything else beside the CSS file.
 */
export const readFontSubsets = (source: FontSource): FontSubset[] => {
  const subsets: FontSubset[] = [];
  for (const cssFile of source.cssFiles) {
    let css: string;
    try {
      css = fs.readFileSync(cssFile, 'utf8');
    } catch {
      continue;
    }
    for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const family = body ? FAMILY.exec(body)?.[1] : undefined;
      if (!body || !family || /font-style:\s*italic/.test(body)) continue;
      const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body)?.[1];
      const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
      const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
      if (!url || !range) continue;
      const file = url.startsWith('/') && source.rendererDir ? path.join(source.rendererDir, url) : path.resolve(path.dirname(cssFile), url);
      if (fs.existsSync(file)) subsets.push({ family, weight, file, ranges: parseRanges(range) });
    }
  }
  return subsets;
};

/**
 * @font-face rules with the subsets that `text` needs, inlined as data URLs:
 * the page prints offline and from any folder (the print process may run as
 * another user who cannot read the app's files). A report needs a few
 * hundred kilobytes of the 70 MB font.
 */
export const inlineFontFaces = (subsets: readonly FontSubset[], text: string): string => {
  const points = new Set<number>();
  for (const ch of text) points.add(ch.codePointAt(0)!);
  const needed = subsets.filter((s) => s.ranges.some(([lo, hi]) => [...points].some((p) => p >= lo && p <= hi)));
  return needed
    .map((s) => {
      const data = fs.readFileSync(s.file).toString('base64');
      const ranges = s.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',');
      return `@font-face{font-family:'${s.family}';font-weight:${s.weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges}}`;
    })
    .join('\n');
};

/**
 * The fonts' CSS files under an app root: the npm packages first (sources; Noto Sans
 * gives English pages proportional quotes and dashes), then the renderer build (packaged:
 * Noto Sans SC only, which also covers Latin).
 */
export const fontSourceFor = (root: string, rendererDir: string): FontSource => {
  const pkgs = ['noto-sans-sc', 'noto-sans'].map((name) => path.join(root, 'node_modules', '@fontsource', name));
  const built = path.join(rendererDir, 'assets');
  let builtCss: string[] = [];
  try {
    builtCss = fs.readdirSync(built).filter((n) => n.endsWith('.css')).map((n) => path.join(built, n));
  } catch {
    // No renderer build (unit tests from sources): the package is enough.
  }
  const pkgCss = pkgs.flatMap((pkg) => ['400.css', '700.css'].map((n) => path.join(pkg, n))).filter((f) => fs.existsSync(f));
  return { cssFiles: pkgCss.length > 0 ? pkgCss : builtCss, rendererDir };
};
