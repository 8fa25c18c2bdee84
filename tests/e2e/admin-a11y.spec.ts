/** The PIN pad needs no backend: with no PINs set (a fresh kiosk) it says how to set one. */
import { test } from './fixtures';
import { expect, openKiosk, seriousViolations, targetSizes } from './tour/helpers';

for (const [width, height, orientation] of [
  [1920, 1080, 'landscape'],
  [1080, 1920, 'portrait'],
] as const) {
  test.describe(`${orientation} ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the PIN pad: 0 serious/critical axe violations, every target ≥ 64×64, in both languages', async ({
      page,
      kiosk,
    }) => {
      await openKiosk(page, kiosk.url);
      await page.keyboard.press('Control+Alt+KeyA');
      await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
      for (const language of ['first', 'second']) {
        await page.waitForTimeout(300);
        expect(await seriousViolations(page), `${language} language`).toEqual([]);
        expect((await targetSizes(page, 64)).tooSmall, `${language} language`).toEqual([]);
        await page.getByTestId('admin-language').click();
      }
    });
  });
}
