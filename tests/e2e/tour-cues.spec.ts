import { test } from './fixtures';
import { beginVisit, dragPanorama, expect, expectNarrationPlaying, layerShifts, openKiosk } from './tour/helpers';
import { chapterCues, glowAnimations, markerInView, seekNarration, waitForCamera } from './tour/camera-probe';
import type { Page } from '@playwright/test';

/**
 * Narration leads the camera (issue 19, item 1), in real Chromium with the default pack's real
 * audio: at each cue the panorama glides to the place being named and its marker glows; a
 * visitor's drag takes over, and the camera follows again only after the quiet time
 * (CAMERA_QUIET_MS, 8 s: docs/content-packs.md).
 */
test.describe.configure({ timeout: 120_000 });

const QUIET_MS = 8_000;
/** "Reaches the cued hotspot within 0.5 s of its cue." */
const ARRIVAL_MS = 500;
/**
 * Arrival (audio ms) relative to the cue: never more than 0.5 s after it. The camera sets off up
 * to 1 s ahead (cueLeadMs) so the place is in view as its name is spoken; not earlier than that.
 */
const expectWithinArrival = (offsetMs: number) => {
  expect(offsetMs).toBeGreaterThanOrEqual(-1_000 - ARRIVAL_MS);
  expect(offsetMs).toBeLessThanOrEqual(ARRIVAL_MS);
};

const openVitality = async (page: Page, url: string) => {
  await openKiosk(page, url);
  await beginVisit(page, 'en');
  await page.getByTestId('hub-tile-vitality').click();
  await expectNarrationPlaying(page, 'narration/en/vitality.opus');
  const cues = await chapterCues(page, 'vitality', 'en');
  const cue = (hotspot: string) => {
    const found = cues.find((c) => c.hotspot === hotspot);
    if (!found) throw new Error(`no cue for ${hotspot}`);
    return found;
  };
  return { cues, cue };
};

test('the camera reaches each cued place within 0.5 s of its cue, and its marker glows', async ({ page, kiosk }) => {
  const { cues, cue } = await openVitality(page, kiosk.url);
  expect(cues.map((c) => c.hotspot)).toEqual(['guanyinqiao', 'retail-sales', 'promotions', 'beibin-night']);

  // The first cue comes with the narration as it plays from the start.
  const first = await waitForCamera(page, 'guanyinqiao', 15_000);
  expect(first.audioMs).not.toBeNull();
  expectWithinArrival(first.audioMs! - cue('guanyinqiao').atMs);

  // A place far to the left, out of view until the narration nears its name.
  const retail = cue('retail-sales');
  await seekNarration(page, retail.atMs - 2_500);
  expect(await markerInView(page, 'retail-sales')).toBe(false);
  const arrived = await waitForCamera(page, 'retail-sales', 10_000);
  expect(arrived.audioMs, 'the camera reached retail-sales').not.toBeNull();
  expectWithinArrival(arrived.audioMs! - retail.atMs);
  expect(arrived.animated, 'it glided (compositor animations), it did not jump').toBe(true);
  await expect(page.getByTestId('hotspot-retail-sales')).toHaveAttribute('data-cued', 'true');
  await expect(page.getByTestId('hotspot-guanyinqiao')).not.toHaveAttribute('data-cued', 'true');
  expect(await glowAnimations(page, 'retail-sales')).toContain('cue-glow');
  // The caption of the named place shows as the camera arrives.
  await expect(page.getByTestId('caption-line')).toContainText('only district or county in Chongqing');
});

test('a drag takes over at once; the camera follows again after the quiet time', async ({ page, kiosk }) => {
  const { cue } = await openVitality(page, kiosk.url);
  const retail = cue('retail-sales');
  await seekNarration(page, retail.atMs - 2_000);
  await waitForCamera(page, 'retail-sales', 10_000);

  // As the narration comes to the next place, the visitor drags the scene the other way.
  const promotions = cue('promotions');
  await seekNarration(page, promotions.atMs - 800);
  await expect.poll(() => page.getByTestId('hotspot-promotions').getAttribute('data-cued')).toBe('true');
  const stage = await page.getByTestId('panorama').boundingBox();
  if (!stage) throw new Error('no panorama');
  const y = stage.y + stage.height * 0.85;
  await dragPanorama(page, stage.x + stage.width * 0.95, stage.x + stage.width * 0.05, y);
  await dragPanorama(page, stage.x + stage.width * 0.95, stage.x + stage.width * 0.05, y);
  const releasedAt = Date.now();
  // Back to just after the cue: drags take a while on a busy machine, and the next cue must stay far off.
  await seekNarration(page, promotions.atMs + 200);
  const draggedTo = await layerShifts(page);
  expect(await markerInView(page, 'promotions')).toBe(false);

  // Within the quiet time the scene stays where the visitor left it, though the narration names the place.
  await page.waitForTimeout(QUIET_MS - 2_500 - (Date.now() - releasedAt));
  expect(await layerShifts(page)).toEqual(draggedTo);
  await expect(page.getByTestId('hotspot-promotions')).toHaveAttribute('data-cued', 'true');

  // Then the camera follows the narration again, to the place it speaks about now.
  const back = await waitForCamera(page, 'promotions', 6_000);
  const after = Date.now() - releasedAt;
  expect(back.audioMs, 'the camera came back to promotions').not.toBeNull();
  expect(after).toBeGreaterThanOrEqual(QUIET_MS - 500);
  expect(after).toBeLessThanOrEqual(QUIET_MS + 2_000);
});

test('a tap elsewhere holds the camera back 1.5 s, then it follows the narration', async ({ page, kiosk }) => {
  const { cue } = await openVitality(page, kiosk.url);
  const retail = cue('retail-sales');
  await page.evaluate(() => {
    const record = window as unknown as { tappedAt?: number };
    window.addEventListener('pointerdown', (event) => (record.tappedAt = event.timeStamp), {
      capture: true,
      once: true,
    });
  });
  // A visitor turns captions off just as the narration comes to a place far off: the glide is due at once.
  await page.getByTestId('captions-toggle').click();
  await seekNarration(page, retail.atMs - 1_000);
  const setOffAfterTap = await page.evaluate(async () => {
    const tappedAt = (window as unknown as { tappedAt?: number }).tappedAt ?? Number.NaN;
    const started = performance.now();
    while (performance.now() - started < 10_000) {
      const layers = [...document.querySelectorAll<HTMLElement>('[data-testid="panorama-layer"]')];
      if (layers.some((layer) => layer.getAnimations().length > 0)) return performance.now() - tappedAt;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return null;
  });
  expect(setOffAfterTap, 'the camera set off').not.toBeNull();
  expect(setOffAfterTap!).toBeGreaterThanOrEqual(1_450);
  expect((await waitForCamera(page, 'retail-sales', 5_000)).audioMs, 'the camera reached retail-sales').not.toBeNull();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the camera jumps to the cued place and the glow stands still', async ({ page, kiosk }) => {
    const { cue } = await openVitality(page, kiosk.url);
    const retail = cue('retail-sales');
    await seekNarration(page, retail.atMs - 2_000);
    const arrived = await waitForCamera(page, 'retail-sales', 10_000);
    expect(arrived.audioMs).not.toBeNull();
    expectWithinArrival(arrived.audioMs! - retail.atMs);
    expect(arrived.animated, 'no layer animated: the camera jumped').toBe(false);
    await expect(page.getByTestId('hotspot-retail-sales').locator('.hotspot__glow')).toBeVisible();
    expect(await glowAnimations(page, 'retail-sales')).toEqual([]);
  });
});
