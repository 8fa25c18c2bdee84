import type { Page } from '@playwright/test';

/**
 * Every piece of text on the screen that does not fit, as readable lines
 * (empty: all fits). Checked for each element that holds text of its own:
 *
 * - clipped: its overflow is not `visible` and its content is larger than its
 *   box (scrollWidth > clientWidth + 1, or the same in height). A region that
 *   scrolls on purpose says so with `data-scrolls="y"` (or "x", "both"): that
 *   axis is then not a fault, the other still is.
 * - spilled: its text (a Range over its contents) reaches sideways past its
 *   own box, or past its panel (the nearest ancestor that draws a box or
 *   clips) on any side. A Range's height is the font's whole content area,
 *   taller than a tight line-height, so top and bottom allow 0.3 em. A panel's
 *   scrolling axis (data-scrolls) is not compared: the panorama pans its
 *   markers out of sight on purpose, a text column scrolls its body.
 *
 * Skipped: invisible elements, .visually-hidden ones (1 px boxes on purpose), SVG.
 */
export const overflowFaults = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const TOLERANCE = 1;
    const faults: string[] = [];
    const screen = document.querySelector<HTMLElement>('.screen') ?? document.body;
    const name = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${cls ? `.${cls}` : ''}`;
    };
    const scrollsOn = (el: Element, axis: 'x' | 'y') => {
      const marker = el.getAttribute('data-scrolls');
      return marker === axis || marker === 'both';
    };
    const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const drawsBox = (style: CSSStyleDeclaration) =>
      (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent') ||
      style.backgroundImage !== 'none' ||
      parseFloat(style.borderLeftWidth) > 0 ||
      parseFloat(style.borderTopWidth) > 0;
    const panelOf = (el: Element): Element | null => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (drawsBox(style) || clips(style)) return up;
        if (up === screen) return null;
      }
      return null;
    };
    const ownText = (el: Element) =>
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    const textShort = (el: Element) => (el.textContent ?? '').trim().slice(0, 30);

    for (const el of screen.querySelectorAll<HTMLElement>('*')) {
      if (!ownText(el) || el.closest('svg') || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
      const label = `${name(el)} "${textShort(el)}"`;
      if (clips(style)) {
        const wide = el.scrollWidth > el.clientWidth + TOLERANCE && !scrollsOn(el, 'x');
        const tall = el.scrollHeight > el.clientHeight + TOLERANCE && !scrollsOn(el, 'y');
        if (wide || tall)
          faults.push(
            `${label}: content ${el.scrollWidth}×${el.scrollHeight} clipped by its box ${el.clientWidth}×${el.clientHeight}`,
          );
      }
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const slack = Math.max(TOLERANCE, 0.3 * parseFloat(style.fontSize));
      const past = (outer: DOMRect, axes: { x: boolean; y: boolean }) =>
        (axes.x && (text.left < outer.left - TOLERANCE || text.right > outer.right + TOLERANCE)) ||
        (axes.y && (text.top < outer.top - slack || text.bottom > outer.bottom + slack));
      if (past(box, { x: true, y: false }))
        faults.push(
          `${label}: text ${Math.round(text.left)}–${Math.round(text.right)} spills out of its box ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      const panel = panelOf(el);
      if (panel) {
        const outer = panel.getBoundingClientRect();
        if (past(outer, { x: !scrollsOn(panel, 'x'), y: !scrollsOn(panel, 'y') }))
          faults.push(
            `${label}: text ${Math.round(text.left)}–${Math.round(text.right)} × ${Math.round(text.top)}–${Math.round(text.bottom)} reaches past its panel ${name(panel)} ${Math.round(outer.left)}–${Math.round(outer.right)} × ${Math.round(outer.top)}–${Math.round(outer.bottom)}`,
          );
      }
    }
    return faults;
  });
