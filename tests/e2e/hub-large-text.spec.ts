import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { expect, beginVisit, CHAPTERS, openKiosk } from './tour/helpers';

test.describe.configure({ timeout: 90_000 });

/**
 * What of a hub tile's text a visitor cannot read once the tile is scrolled into
 * view: a text line outside the tile's box or cut by its own box, or the tile
 * outside the viewport or its scrolling list. Empty = all of it readable.
 */
const clippedText = (page: Page, testId: string): Promise<string[]> =>
  page.evaluate((id) => {
    const tile = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!tile) throw new Error(`no ${id}`);
    const out: string[] = [];
    const inside = (r: DOMRect, box: { top: number; bottom: number; left: number; right: number }) =>
      r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
    const t = tile.getBoundingClientRect();
    const viewport = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
    if (!inside(t, viewport)) out.push(`${id} is outside the viewport`);
    const list = tile.closest('.hub__chapters')?.getBoundingClientRect();
    if (list && !inside(t, list)) out.push(`${id} is cut by the tile list`);
    // The tile's padding box (its border excluded): what its overflow: hidden shows.
    const box = {
      top: t.top + tile.clientTop,
      left: t.left + tile.clientLeft,
      bottom: t.top + tile.clientTop + tile.clientHeight,
      right: t.left + tile.clientLeft + tile.clientWidth,
    };
    for (const text of tile.querySelectorAll<HTMLElement>(
      '.hub-tile__number, .hub-tile__keyword, .hub-tile__theme, .hub-tile__summary',
    )) {
      const name = `${id} ${text.className}`;
      // The text's own line boxes (glyphs included), not just its element's box.
      const lines = document.createRange();
      lines.selectNodeContents(text);
      if (!inside(lines.getBoundingClientRect(), box)) out.push(`${name} reaches outside the tile`);
      const style = getComputedStyle(text);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && (text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1))
        out.push(
          `${name} cuts its own text (${text.scrollWidth}×${text.scrollHeight} in ${text.clientWidth}×${text.clientHeight})`,
        );
    }
    return out;
  }, testId);

for (const [orientation, viewport] of [
  ['portrait 1080×1920', { width: 1080, height: 1920 }],
  ['landscape 1920×1080', { width: 1920, height: 1080 }],
] as const) {
  test.describe(`${orientation}, large text`, () => {
    test.use({ viewport });

    for (const language of ['zh-CN', 'en'] as const) {
      test(`hub (${language}): every tile's number, keyword, theme and whole summary can be read`, async ({
        page,
        kiosk,
      }) => {
        await openKiosk(page, kiosk.url);
        await beginVisit(page, language);
        await page.getByTestId('large-text-toggle').click();
        await expect(page.locator('.kiosk')).toHaveClass(/kiosk--large/);
        await page.waitForTimeout(700); // let the tiles' entrance settle before measuring
        const clipped: string[] = [];
        for (const id of CHAPTERS) {
          const tile = page.getByTestId(`hub-tile-${id}`);
          await tile.scrollIntoViewIfNeeded(); // the tile list may scroll; nothing may be cut
          clipped.push(...(await clippedText(page, `hub-tile-${id}`)));
        }
        expect(clipped).toEqual([]);
        // The top bar (language, large text) stays on screen while the list scrolls.
        await expect(page.getByTestId('large-text-toggle')).toBeInViewport({ ratio: 1 });
      });
    }
  });
}
