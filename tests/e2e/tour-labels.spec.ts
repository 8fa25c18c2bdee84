import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { contrastFaults } from './tour/contrast-probe';
import { expect, beginVisit, openKiosk } from './tour/helpers';

/**
 * Issue 20: every city node of the radiation map carries its name. Each label is
 * brought to the middle of the scene as a visitor would find it, then measured: fully
 * inside the panorama, the article's name in the visit's language, still under its
 * node's marker (it rides the map's layer), and readable against the pixels behind it;
 * a label the scene's edge cuts is hidden until it is panned in whole.
 */
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

const NAMES = {
  'zh-CN': { chengdu: '成都市青羊区', deyang: '德阳市', bazhong: '巴中市', jiangbei: '江北区' },
  en: { chengdu: 'Qingyang District of Chengdu', deyang: 'Deyang', bazhong: 'Bazhong', jiangbei: 'Jiangbei' },
} as const;

const VIEWPORTS = [
  ['landscape', { width: 1920, height: 1080 }],
  ['portrait', { width: 1080, height: 1920 }],
] as const;

/** Pans the panorama so the label's point is in the middle (the edge arrows' own event). */
const panTo = (page: Page, id: string) =>
  page.getByTestId(`panorama-label-${id}`).evaluate((label) => {
    label
      .closest('[data-testid="panorama"]')
      ?.dispatchEvent(new CustomEvent('panorama-pan-to', { detail: (label as HTMLElement).offsetLeft }));
  });

const box = async (page: Page, testId: string) => {
  const found = await page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} has no box`);
  return found;
};

/** Labels showing although the scene's edge cuts them (they must hide until whole). */
const cutButShown = (page: Page) =>
  page.locator('.panorama-label').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const stage = label.closest('.panorama')?.getBoundingClientRect();
      const at = label.getBoundingClientRect();
      const cut = !stage || at.left < stage.left - 1 || at.right > stage.right + 1;
      return cut && getComputedStyle(label).visibility === 'visible' ? [label.textContent ?? ''] : [];
    }),
  );

for (const [orientation, viewport] of VIEWPORTS) {
  for (const language of ['zh-CN', 'en'] as const) {
    test(`${orientation} ${language}: the radiation map names its cities, readably`, async ({ page, kiosk }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openKiosk(page, kiosk.url);
      await beginVisit(page, language);
      await page.getByTestId('hub-tile-radiation').click();
      await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'radiation');
      await expect(page.locator('.panorama-label')).toHaveCount(4);
      await expect.poll(() => cutButShown(page)).toEqual([]);
      const faults: string[] = [];
      for (const [id, name] of Object.entries(NAMES[language])) {
        await panTo(page, id);
        const label = page.getByTestId(`panorama-label-${id}`);
        await expect(label).toHaveText(name);
        await expect(label).toBeVisible();
        const at = await box(page, `panorama-label-${id}`);
        const stage = await box(page, 'panorama');
        expect(at.x, id).toBeGreaterThanOrEqual(stage.x);
        expect(at.x + at.width, id).toBeLessThanOrEqual(stage.x + stage.width);
        expect(at.y + at.height, id).toBeLessThanOrEqual(stage.y + stage.height);
        // Cities with a marker: the name is centred under it, clear of its button.
        if ((await page.getByTestId(`hotspot-${id}`).count()) > 0) {
          const marker = await box(page, `hotspot-${id}`);
          expect(Math.abs(at.x + at.width / 2 - (marker.x + marker.width / 2)), id).toBeLessThan(3);
          expect(at.y, id).toBeGreaterThanOrEqual(marker.y + marker.height - 1);
        }
        await expect.poll(() => cutButShown(page)).toEqual([]);
        faults.push(...(await contrastFaults(page)).map((fault) => `${id}: ${fault}`));
      }
      expect(faults).toEqual([]);
    });
  }
}
