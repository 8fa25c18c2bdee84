/**
 * Low-reach screens (issue 19) for `npm run screenshots`: hub, a chapter, the facts list and a fact card,
 * the end card, and a chapter with large text, all with the low-reach layout on and motion reduced for
 * the visit (so the shots hold still). On its own, for a quick look:
 *   npm run build && npx tsx tests/e2e/screenshots-low-reach.ts [folder]
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { startKiosk } from './web-host-process';

type Viewport = Readonly<{ name: string; width: number; height: number }>;

const show = (page: Page, testId: string) =>
  page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 15_000 });

/** Writes `<orientation>-<language>-2x-low-reach-*.png` through `save(page, name)`. */
export const lowReachShots = async (
  browser: Browser,
  url: string,
  viewport: Viewport,
  language: 'zh-CN' | 'en',
  save: (page: Page, name: string) => Promise<void>,
): Promise<void> => {
  const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
  const shot = async (name: string, ms = 900) => {
    await page.waitForTimeout(ms);
    await save(page, `21-low-reach-${name}`);
  };
  try {
    await page.goto(url);
    await show(page, 'attract-screen');
    await page.getByTestId(`language-${language}`).click();
    await show(page, 'hub-screen');
    await page.getByTestId('reduced-motion-toggle').click();
    await page.getByTestId('low-reach-toggle').click();
    await page.locator('html.visit-low-reach').waitFor({ state: 'attached' });
    await shot('hub');
    await page.getByTestId('hub-tile-vitality').click();
    await show(page, 'chapter-screen');
    await page
      .getByTestId('caption-line')
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await shot('chapter', 1500);
    await page.getByTestId('facts-list-button').click();
    await show(page, 'facts-list');
    await shot('facts-list', 600);
    await page.locator('[data-testid^="facts-list-item-"]').first().click();
    await show(page, 'fact-card');
    await shot('fact-card', 600);
    await page.keyboard.press('Escape');
    await page.getByTestId('fact-card').waitFor({ state: 'detached' });
    await page.getByTestId('facts-list').getByTestId('dialog-close').click();
    await page.getByTestId('facts-list').waitFor({ state: 'detached' });
    await page.getByTestId('large-text-toggle').click();
    await shot('large-text-chapter', 1200);
    await page.getByTestId('hub-button').click();
    await show(page, 'hub-screen');
    await shot('large-text-hub');
    await page.getByTestId('hub-tile-radiation').click();
    await show(page, 'chapter-screen');
    await page.getByTestId('next').click();
    await show(page, 'end-screen');
    await shot('large-text-end');
  } finally {
    await page.close();
  }
};

const ORIENTATIONS: readonly Viewport[] = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
];

/** Standalone: this file's shots only, on a kiosk of its own. */
const main = async () => {
  const outDir = path.resolve(process.argv[2] ?? '/tmp/kiosk-screenshots');
  fs.mkdirSync(outDir, { recursive: true });
  const kiosk = await startKiosk({});
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const orientation of ORIENTATIONS)
      for (const language of ['zh-CN', 'en'] as const)
        await lowReachShots(browser, kiosk.url, orientation, language, async (page, name) => {
          await page.screenshot({ path: path.join(outDir, `${orientation.name}-${language}-${name}.png`) });
        });
  } finally {
    await browser.close();
    await kiosk.stop();
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
