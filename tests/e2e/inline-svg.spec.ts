import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';

/**
 * The panorama's inline-SVG sanitiser, in Chromium (it needs the browser's
 * DOMParser): hostile markup comes out inert, and the default pack's art
 * comes out whole.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PANORAMAS = path.join(ROOT, 'assets/default-pack/panoramas');

const sanitizerScript = (): string =>
  buildSync({
    entryPoints: [path.join(ROOT, 'renderer/panorama/inline-svg.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'inlineSvg',
    write: false,
    logLevel: 'error',
  }).outputFiles[0]!.text;

/** Sanitises `markup` in the page; the result's markup, or null. */
const sanitize = (page: Page, markup: string, prefix = 'p-') =>
  page.evaluate(
    ([m, p]) => {
      const api = (window as unknown as { inlineSvg: typeof import('../../renderer/panorama/inline-svg') }).inlineSvg;
      return api.sanitizeLayerSvg(m!, p!)?.outerHTML ?? null;
    },
    [markup, prefix],
  );

test.beforeEach(async ({ page }) => {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: sanitizerScript() });
});

const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;

test('drops scripts, event handlers, foreign content and links out of the file', async ({ page }) => {
  const hostile = svg(
    `<script>window.pwned = 1</script>
     <rect width="10" height="10" fill="red" onload="window.pwned = 2" style="fill: url(http://evil.test/x)"/>
     <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
     <image href="http://evil.test/x.png" width="10" height="10"/>
     <use href="#r"/>
     <a href="javascript:alert(1)"><path d="M0 0h5"/></a>
     <path d="M0 0h1" fill="url(http://evil.test/a.svg#g)" xlink:href="#x" xmlns:xlink="http://www.w3.org/1999/xlink"/>
     <circle r="2" fill="url(#ok)"/>`,
  );
  const out = await sanitize(page, hostile);
  expect(out).not.toBeNull();
  for (const gone of ['script', 'onload', 'style=', 'foreignObject', '<image', '<use', '<a', 'javascript', 'evil.test', 'xlink']) {
    expect(out, gone).not.toContain(gone);
  }
  // What is drawing stays: the rect (its colour), the link-free circle.
  expect(out).toContain('<rect width="10" height="10" fill="red">');
  expect(out).toContain('<circle r="2" fill="url(#p-ok)">');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('prefixes ids and their references, so two layers cannot share a gradient', async ({ page }) => {
  const art = svg(`<defs><linearGradient id="s"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect fill="url(#s)" width="1" height="1"/>`);
  const a = await sanitize(page, art, 'layer0-');
  const b = await sanitize(page, art, 'layer1-');
  expect(a).toContain('id="layer0-s"');
  expect(a).toContain('fill="url(#layer0-s)"');
  expect(b).toContain('id="layer1-s"');
  expect(b).toContain('fill="url(#layer1-s)"');
});

test('refuses what is not an SVG document', async ({ page }) => {
  expect(await sanitize(page, '<html><body>no</body></html>')).toBeNull();
  expect(await sanitize(page, '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg')).toBeNull();
  expect(await sanitize(page, '<svg><rect/></svg>')).toBeNull(); // no SVG namespace
});

test("keeps every element and attribute of the default pack's panorama art", async ({ page }) => {
  const files = fs.readdirSync(PANORAMAS).flatMap((chapter) =>
    fs.readdirSync(path.join(PANORAMAS, chapter)).map((file) => path.join(PANORAMAS, chapter, file)),
  );
  expect(files.length).toBe(25);
  for (const file of files) {
    const markup = fs.readFileSync(file, 'utf8');
    const counts = await page.evaluate(
      ([m]) => {
        const api = (window as unknown as { inlineSvg: typeof import('../../renderer/panorama/inline-svg') }).inlineSvg;
        const count = (root: Element) => {
          const all = [root, ...root.querySelectorAll('*')];
          return { elements: all.length, attributes: all.reduce((n, el) => n + el.attributes.length, 0) };
        };
        const original = new DOMParser().parseFromString(m!, 'image/svg+xml').documentElement;
        const clean = api.sanitizeLayerSvg(m!, 'x-');
        // xmlns is a namespace declaration, not an attribute the copy needs.
        return { before: count(original), after: clean ? count(clean) : null, xmlns: original.hasAttribute('xmlns') ? 1 : 0 };
      },
      [markup],
    );
    expect(counts.after, path.relative(ROOT, file)).toEqual({
      elements: counts.before.elements,
      attributes: counts.before.attributes - counts.xmlns,
    });
  }
});
