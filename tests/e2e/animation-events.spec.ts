import { test } from './fixtures';
import { beginVisit, expect, openKiosk } from './tour/helpers';

test('CSS animation and transition events stop at the window: React never dispatches them', async ({ page, kiosk }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { animationEventsSeen: string[] }).animationEventsSeen = seen;
    for (const type of ['animationstart', 'animationend', 'transitionrun', 'transitionend']) {
      document.addEventListener(type, () => seen.push(type), { capture: true });
    }
  });
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  // The hub's tiles really rise in (CSS animations run; only their events are stopped).
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSAnimation).length))
    .toBeGreaterThan(0);
  await page.getByTestId('hub-tile-hard-core').click();
  await expect(page.getByTestId('chapter-screen')).toBeVisible();
  await page.getByTestId('captions-toggle').click();
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(() => (window as unknown as { animationEventsSeen: string[] }).animationEventsSeen);
  expect(seen).toEqual([]);
});
