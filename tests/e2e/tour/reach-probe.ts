import type { Page } from '@playwright/test';
import { tapArea } from './hotspots';

/**
 * How much of a text block a visitor sees without scrolling, in its own lines
 * (Infinity when all of it shows):
 * its box inside its scrolling panel, less the panel's "more" fade while that
 * shows (ScrollPanel draws it over the lower 96 px).
 */
export const visibleLines = (page: Page, selector: string): Promise<number> =>
  page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel}`);
    const panel = el.closest<HTMLElement>('.scroll-panel');
    const scroller = el.closest<HTMLElement>('.scroll-panel__scroller');
    const r = el.getBoundingClientRect();
    const box = scroller?.getBoundingClientRect() ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    const fade = panel?.hasAttribute('data-more') ? 96 : 0;
    const shown = Math.min(r.bottom, box.bottom - fade, window.innerHeight) - Math.max(r.top, box.top, 0);
    // A body shown whole counts as enough, however few its lines (a three-line body measures 2.99).
    if (shown >= r.height - 1) return Infinity;
    return Math.max(0, shown) / parseFloat(getComputedStyle(el).lineHeight);
  }, selector);

/** Hub tiles not wholly on screen (outside the viewport or cut by the tile list). */
export const hiddenTiles = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const list = document.querySelector('.hub__chapters')?.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.hub-tile')].flatMap((tile) => {
      const r = tile.getBoundingClientRect();
      const bottom = Math.min(window.innerHeight, list?.bottom ?? Infinity);
      return r.top >= -1 && r.bottom <= bottom + 1 && r.left >= -1 && r.right <= window.innerWidth + 1
        ? []
        : [
            `${tile.dataset.testid ?? 'tile'} spans ${Math.round(r.top)}–${Math.round(r.bottom)} (visible to ${Math.round(bottom)})`,
          ];
    });
  });

/** Room (px) a marker's centre keeps from the tap area's edges: its 80 px button whole. */
const MARGIN = 40;

/**
 * Markers a visitor cannot find: one in view whose button is not whole inside
 * the tap area (below the top bar, above the controls), or one out of view
 * that no edge arrow on its side counts.
 */
export const unannouncedMarkers = async (page: Page): Promise<string[]> => {
  const area = await tapArea(page);
  return page.evaluate(
    ([a, margin]) => {
      const count = (side: string) =>
        Number(document.querySelector(`[data-testid="panorama-edge-${side}"]`)?.getAttribute('data-count') ?? 0);
      const faults: string[] = [];
      const beyond = { left: 0, right: 0 };
      for (const marker of document.querySelectorAll<HTMLElement>('.hotspot')) {
        const r = marker.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const id = marker.dataset.testid ?? 'marker';
        if (y < a.top + margin || y > a.bottom - margin)
          faults.push(`${id} at y=${Math.round(y)} outside ${a.top}–${a.bottom}`);
        if (x < a.left + margin) beyond.left++;
        else if (x > a.right - margin) beyond.right++;
      }
      for (const side of ['left', 'right'] as const)
        if (count(side) < beyond[side])
          faults.push(`${beyond[side]} markers off the ${side}, arrow counts ${count(side)}`);
      return faults;
    },
    [area, MARGIN] as const,
  );
};
