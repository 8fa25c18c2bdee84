import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { contrastFaults } from './tour/contrast-probe';
import { expect, beginVisit, CHAPTERS, openKiosk } from './tour/helpers';
import { overflowFaults } from './tour/overflow-probe';
import { hiddenTiles, unannouncedMarkers, visibleLines } from './tour/reach-probe';

/**
 * Issue 20, measured: every tour screen (hub, five chapters) in both
 * orientations, both languages, normal and large text. On each: the body text
 * shows at least three lines without scrolling, no text box overflows, every
 * marker is in the safe area or counted by an edge arrow, and every line of
 * text has its contrast against the screenshot pixels behind it. Reduced
 * motion holds the panorama still, so the measured pixels are the ones the text
 * sits on. One kiosk per orientation and language: normal, then large text.
 */
test.describe.configure({ mode: 'parallel', timeout: 240_000 });

const VIEWPORTS = [
  ['landscape', { width: 1920, height: 1080 }],
  ['portrait', { width: 1080, height: 1920 }],
] as const;

/** Ends the screen's rise-ins now (a fade under reduced motion) and holds the narration, so captions keep still. */
const settle = (page: Page) =>
  page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().iterations !== Infinity) animation.finish();
    }
    for (const audio of document.querySelectorAll('audio')) audio.pause();
  });

/** Everything measured on one screen, as readable faults (empty = the screen passes). */
const screenFaults = async (page: Page, where: string, body: string): Promise<string[]> => {
  await settle(page);
  const lines = await visibleLines(page, body);
  return [
    ...(lines >= 3 ? [] : [`body shows ${lines.toFixed(1)} lines`]),
    ...(await overflowFaults(page)),
    ...(await contrastFaults(page)),
  ].map((fault) => `${where}: ${fault}`);
};

/** The hub and every chapter, measured; ends back on the hub. */
const walk = async (page: Page, size: string): Promise<string[]> => {
  await page.waitForTimeout(600); // the language switch's pill slides (a Motion spring, not a CSS animation)
  const faults = [...(await hiddenTiles(page)), ...(await screenFaults(page, `${size} hub`, '.hub__body'))];
  await page.getByTestId(`hub-tile-${CHAPTERS[0]}`).click();
  for (const id of CHAPTERS) {
    await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', id);
    await expect(page.locator('.hotspot').first()).toBeAttached();
    faults.push(
      ...(await screenFaults(page, `${size} ${id}`, '[data-testid="chapter-body"]')),
      ...(await unannouncedMarkers(page)).map((fault) => `${size} ${id}: ${fault}`),
    );
    await page.getByTestId(id === CHAPTERS[CHAPTERS.length - 1] ? 'hub-button' : 'next').click();
  }
  await expect(page.getByTestId('hub-screen')).toBeVisible();
  return faults;
};

for (const [orientation, viewport] of VIEWPORTS) {
  for (const language of ['zh-CN', 'en'] as const) {
    test(`${orientation} ${language}, normal and large text: text reachable and readable, places findable`, async ({
      page,
      kiosk,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openKiosk(page, kiosk.url);
      await beginVisit(page, language);
      const faults = await walk(page, 'normal');
      await page.getByTestId('large-text-toggle').click();
      await expect(page.locator('.kiosk--large')).toHaveCount(1);
      faults.push(...(await walk(page, 'large')));
      expect(faults).toEqual([]);
    });
  }
}

test('the drag hint shows until the visitor drags; an edge arrow pans its marker into view', async ({
  page,
  kiosk,
}) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openKiosk(page, kiosk.url);
  await beginVisit(page, 'en');
  await page.getByTestId(`hub-tile-${CHAPTERS[0]}`).click();
  await expect(page.getByTestId('drag-hint')).toBeVisible();
  const arrow = page.locator('[data-testid^="panorama-edge-"]').first();
  await expect(arrow).toBeVisible();
  const before = Number(await arrow.getAttribute('data-count'));
  await arrow.click();
  // The nearest marker that way is now in the middle of the scene, the arrow counts one fewer.
  await expect
    .poll(async () => Number((await arrow.getAttribute('data-count').catch(() => '0')) ?? 0))
    .toBeLessThan(before);
  expect(await unannouncedMarkers(page)).toEqual([]);
  const stage = await page.getByTestId('panorama').boundingBox();
  if (!stage) throw new Error('no panorama');
  const y = stage.y + stage.height - 250;
  await page.mouse.move(stage.x + 700, y);
  await page.mouse.down();
  await page.mouse.move(stage.x + 300, y, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByTestId('drag-hint')).toHaveCount(0);
  await page.getByTestId('next').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', CHAPTERS[1]);
  await expect(page.getByTestId('drag-hint')).toHaveCount(0);
});
