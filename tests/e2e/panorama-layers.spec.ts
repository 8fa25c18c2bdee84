import { test } from './fixtures';
import { beginVisit, expect, openKiosk } from './tour/helpers';

test('chapter layers are inline SVG; a layer the sanitiser refuses is still shown, as a plain image', async ({
  page,
  kiosk,
}) => {
  // The momentum chapter's river layer arrives as something that is not SVG markup.
  const PNG_1PX = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await page.route(/panoramas\/momentum\/river\.svg$/, (route) =>
    route.fulfill({ body: PNG_1PX, contentType: 'image/png' }),
  );
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-momentum').click();
  const layer = (name: string) => page.locator(`[data-testid="panorama-layer"][data-layer="${name}"]`);
  await expect(layer('mid').locator('svg path').first()).toBeAttached();
  await expect(layer('river').locator('img')).toHaveJSProperty('naturalWidth', 1);
  await expect(layer('river').locator('svg')).toHaveCount(0);
  // No id is defined twice by two layers of the screen.
  const ids = await page.locator('[data-testid="panorama-layer"] [id]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids.length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);
});
