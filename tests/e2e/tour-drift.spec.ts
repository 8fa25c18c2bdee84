import { test } from './fixtures';
import { beginVisit, expect, layerShifts, openKiosk } from './tour/helpers';

test.describe.configure({ timeout: 90_000 });

/** The reference ("mid") layer's translateX, as the compositor has it now (animations included). */
const midShift = async (page: Parameters<typeof layerShifts>[0]) => (await layerShifts(page)).mid ?? Number.NaN;

test('the panorama holds still after a touch, then drifts on its own, and a touch elsewhere stops it', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-momentum').click();
  await expect(page.getByTestId('panorama-layer').first()).toBeVisible();

  // The tap that opened the chapter counts as a touch: the scene rests first.
  const resting = await midShift(page);
  await page.waitForTimeout(2_000);
  expect(await midShift(page)).toBe(resting);

  // Then it drifts on its own (8 s after the last touch), several pixels a second.
  await expect.poll(() => midShift(page), { timeout: 20_000, intervals: [500] }).not.toBe(resting);
  const a = await midShift(page);
  await page.waitForTimeout(1_000);
  const b = await midShift(page);
  expect(Math.abs(b - a)).toBeGreaterThan(5);

  // A touch on a control holds the scene still again, where it was.
  await page.getByTestId('captions-toggle').click();
  const held = await midShift(page);
  await page.waitForTimeout(1_500);
  expect(await midShift(page)).toBe(held);
  expect(Number.isInteger(held)).toBe(true); // a still frame sits on whole pixels
});
