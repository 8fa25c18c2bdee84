import type { Page } from '@playwright/test';
import { test } from './fixtures';

test.describe.configure({ timeout: 120_000 });
import { expect, beginVisit, openKiosk, seriousViolations, targetSizes } from './tour/helpers';

type Step = Readonly<{ name: string; go: (page: Page) => Promise<void> }>;

/** Every screen and dialog of the tour, reached in order from the attract loop. */
const STEPS: readonly Step[] = [
  { name: 'attract', go: async () => undefined },
  { name: 'hub', go: (page) => beginVisit(page) },
  {
    name: 'chapter',
    go: async (page) => {
      await page.getByTestId('hub-tile-hard-core').click();
      await expect(page.getByTestId('caption-line')).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: 'facts list',
    go: async (page) => {
      await page.getByTestId('facts-list-button').click();
      await expect(page.getByTestId('facts-list')).toBeVisible();
    },
  },
  {
    name: 'fact card',
    go: async (page) => {
      await page.locator('[data-testid^="facts-list-item-"]').first().click();
      await expect(page.getByTestId('fact-card')).toBeVisible();
    },
  },
  {
    name: 'chapter (english, large text)',
    go: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('fact-card')).toHaveCount(0);
      await page.getByTestId('facts-list').getByTestId('dialog-close').click();
      await expect(page.getByTestId('facts-list')).toHaveCount(0);
      await page.getByTestId('language-en').click();
      await page.getByTestId('large-text-toggle').click();
      await expect(page.getByTestId('chapter-keyword')).toHaveText('Hard core');
    },
  },
  {
    name: 'end card',
    go: async (page) => {
      await page.getByTestId('progress-step-5').click();
      await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'radiation');
      await page.getByTestId('next').click();
      await expect(page.getByTestId('end-screen')).toBeVisible();
    },
  },
];

for (const [width, height, orientation] of [
  [1920, 1080, 'landscape'],
  [1080, 1920, 'portrait'],
] as const) {
  test.describe(`${orientation} ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('every screen: 0 serious/critical axe violations, every target ≥ 44×44, nothing cut off', async ({
      page,
      kiosk,
    }, testInfo) => {
      test.setTimeout(420_000);
      await openKiosk(page, kiosk.url);
      const report: string[] = [];
      for (const step of STEPS) {
        await step.go(page);
        await page.waitForTimeout(700); // let entrance animations settle before measuring
        const violations = await seriousViolations(page);
        expect(violations, `${step.name}: axe`).toEqual([]);
        const sizes = await targetSizes(page);
        expect(sizes.tooSmall, `${step.name}: targets under 44×44`).toEqual([]);
        const overflow = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('button, h1, h2, .top-bar, .chapter__controls')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || el.closest('.panorama, .chapter__text, .hub__intro, .dialog__body, .attract-slides'))
              continue;
            if (r.left < -1 || r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1 || r.top < -1)
              out.push(
                `${el.className || el.tagName} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
              );
          }
          return out;
        });
        expect(overflow, `${step.name}: cut off`).toEqual([]);
        report.push(
          `${step.name}: ${sizes.count} targets, smallest ${sizes.smallest ? `${sizes.smallest.width}×${sizes.smallest.height} (${sizes.smallest.name})` : '-'}`,
        );
      }
      await testInfo.attach('target-sizes', { body: report.join('\n'), contentType: 'text/plain' });
      console.log(`[${orientation}] ${report.join('\n  ')}`);
    });
  });
}

test('the idle overlay is accessible too', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.clock.install();
  await page.clock.runFor(91_000);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await seriousViolations(page)).toEqual([]);
  expect((await targetSizes(page)).tooSmall).toEqual([]);
});

test('reduced motion: the panorama stands still', async ({ page, kiosk }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-vitality').click();
  await expect(page.getByTestId('panorama-layer').first()).toBeVisible();
  // Paused, so no narration cue moves the camera (it jumps to a cued place, by design): only drift could.
  await page.getByTestId('narration-toggle').click();
  await expect
    .poll(() => page.getByTestId('narration-audio').evaluate((audio: HTMLAudioElement) => audio.paused))
    .toBe(true);
  await page.waitForTimeout(500);
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="panorama-layer"]')]
        .map((el) => getComputedStyle(el).transform)
        .join('|'),
    );
  const first = await read();
  await page.waitForTimeout(1500);
  expect(await read()).toBe(first);
});
