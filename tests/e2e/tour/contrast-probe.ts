import type { Page } from '@playwright/test';
import sharp from 'sharp';

/** One line box of text on screen, with the colour its glyphs are drawn in. */
type TextLine = Readonly<{
  name: string;
  text: string;
  /** Line box in CSS px, clipped to what its scrolling/clipping ancestors and the viewport show. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Glyph colour (sRGB 0–255) and alpha, the element's opacity chain folded in. */
  rgba: readonly [number, number, number, number];
  large: boolean;
}>;

/**
 * Every visible line of text on the screen, then hides all text (colour
 * transparent, no shadow) so a screenshot shows only what is behind it.
 * Call `restoreText` afterwards.
 */
const collectAndHideText = (page: Page): Promise<TextLine[]> =>
  page.evaluate(() => {
    const parse = (css: string): [number, number, number, number] => {
      const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(css);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let up: Element | null = el; up; up = up.parentElement) o *= Number(getComputedStyle(up).opacity);
      return o;
    };
    // Text under a scroll panel's "more" fade (ScrollPanel, 96 px) is below the fold on purpose: not measured.
    const FADE = 96;
    const clipOf = (el: Element) => {
      const box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = up.getBoundingClientRect();
        if (up.parentElement?.hasAttribute('data-more')) box.bottom = Math.min(box.bottom, r.bottom - FADE);
        box.left = Math.max(box.left, r.left);
        box.top = Math.max(box.top, r.top);
        box.right = Math.min(box.right, r.right);
        box.bottom = Math.min(box.bottom, r.bottom);
      }
      return box;
    };
    const lines: TextLine[] = [];
    const hidden: HTMLElement[] = [];
    const screen = document.querySelector('.kiosk') ?? document.body;
    for (const el of screen.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('svg, .visually-hidden, [disabled]')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      if (own.length === 0 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      const [r, g, b, a] = parse(style.color);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      const clip = clipOf(el);
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}.${String(el.className).split(' ')[0]}`;
      for (const node of own) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          // 2 px inside the line box: a lone glyph's box (“）”) otherwise reaches its card's border line.
          const box = {
            left: Math.max(rect.left + 2, clip.left),
            top: Math.max(rect.top + 2, clip.top),
            right: Math.min(rect.right - 2, clip.right),
            bottom: Math.min(rect.bottom - 2, clip.bottom),
          };
          if (box.right - box.left < 4 || box.bottom - box.top < 4) continue;
          lines.push({
            name,
            text: (node.textContent ?? '').trim().slice(0, 24),
            ...box,
            rgba: [r, g, b, a * opacityOf(el)],
            large,
          });
        }
      }
      hidden.push(el);
    }
    for (const el of hidden) {
      el.dataset.contrastProbe = '1';
      el.style.setProperty('color', 'transparent', 'important');
      el.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
      el.style.setProperty('text-shadow', 'none', 'important');
    }
    return lines;
  });

const restoreText = (page: Page) =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-contrast-probe]')) {
      for (const p of ['color', '-webkit-text-fill-color', 'text-shadow']) el.style.removeProperty(p);
      delete el.dataset.contrastProbe;
    }
  });

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = (r: number, g: number, b: number) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const ratio = (l1: number, l2: number) => (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);

/**
 * Captions cross-fade on every cue change: measure a caption at rest, not one
 * caught halfway through its fade (text and backdrop both translucent then).
 * A caption still fading after 5 s is measured as it is, and fails if unreadable.
 */
const settleCaptionFades = (page: Page) =>
  page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.captions__line')].every((el) => {
          let opacity = 1;
          for (let up: Element | null = el; up; up = up.parentElement) opacity *= Number(getComputedStyle(up).opacity);
          return opacity > 0.99;
        }),
      undefined,
      { timeout: 5_000, polling: 50 },
    )
    .catch(() => undefined);

/** The captions showing and whether each is at rest: the same before and after a shot means it held still. */
const captionState = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.captions__line')]
      .map((el) => {
        let opacity = 1;
        for (let up: Element | null = el; up; up = up.parentElement) opacity *= Number(getComputedStyle(up).opacity);
        return `${el.textContent ?? ''}@${opacity > 0.99 ? 'rest' : 'fading'}`;
      })
      .join('|'),
  );

/** The visible text lines and a screenshot with all of them hidden. */
const textAndBackdrop = async (page: Page) => {
  await settleCaptionFades(page);
  const before = await captionState(page);
  const lines = await collectAndHideText(page);
  let png: Buffer;
  try {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await restoreText(page);
  }
  return { lines, png, captionsHeld: (await captionState(page)) === before };
};

/** Share of a line's background pixels allowed below the limit: a star or a lamp's spark, not a backdrop. */
const OUTLIER_SHARE = 0.02;

/**
 * Contrast of every visible line of text against the pixels actually behind
 * it: one screenshot with all text hidden, then for each line the glyph colour
 * (blended over each pixel when translucent) against every background pixel
 * of its line box. A line fails when more than OUTLIER_SHARE of its pixels give
 * less than 4.5:1 (3:1 for large text). Returns readable faults; empty = all pass.
 */
export const contrastFaults = async (page: Page): Promise<string[]> => {
  // A cue may change between reading the glyphs and the screenshot (its caption then
  // fades out under the measurement): measure again until the captions held still.
  let shot = await textAndBackdrop(page);
  for (let attempt = 1; attempt < 4 && !shot.captionsHeld; attempt++) shot = await textAndBackdrop(page);
  const { lines, png } = shot;
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const scale = info.width / (page.viewportSize()?.width ?? info.width);
  const faults: string[] = [];
  for (const line of lines) {
    const [r, g, b, a] = line.rgba;
    const limit = line.large ? 3 : 4.5;
    const ratios: number[] = [];
    for (let y = Math.ceil(line.top * scale); y < Math.floor(line.bottom * scale); y += 3) {
      for (let x = Math.ceil(line.left * scale); x < Math.floor(line.right * scale); x += 3) {
        const i = (y * info.width + x) * 3;
        const br = data[i] ?? 0;
        const bg = data[i + 1] ?? 0;
        const bb = data[i + 2] ?? 0;
        const fg = luminance(r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a));
        ratios.push(ratio(fg, luminance(br, bg, bb)));
      }
    }
    if (ratios.length === 0) continue;
    ratios.sort((p, q) => p - q);
    const worst = ratios[Math.floor(ratios.length * OUTLIER_SHARE)] ?? 0;
    if (worst < limit)
      faults.push(
        `${line.name} “${line.text}” ${worst.toFixed(2)}:1 < ${limit}:1 at (${Math.round(line.left)},${Math.round(line.top)})`,
      );
  }
  return faults;
};
