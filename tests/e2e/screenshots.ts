/**
 * Screenshots of every screen, both orientations, every language of the default pack:
 *   npm run screenshots [-- <folder>]   (default /tmp/kiosk-screenshots)
 * KIOSK_SCREENSHOT_LANGUAGES=zh-Hant (comma-separated) limits the run to those languages.
 * zh-Hant is a pack language only: the closed card, admin and fleet screens are shot in zh-CN and en.
 * Starts a web host on a fresh data dir and drives the tour with Playwright's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { adminScreenshots, fleetScreenshots, startAdminKiosk } from './screenshots-admin';
import { startFleetDashboard } from './fleet-process';
import { startKiosk } from './web-host-process';
import { closedCardShot, startClosedKiosk } from './screenshots-hours';
import { lowReachShots } from './screenshots-low-reach';

const outDir = path.resolve(process.argv[2] ?? '/tmp/kiosk-screenshots');
const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;
const ALL_LANGUAGES = ['zh-CN', 'zh-Hant', 'en'] as const;
const only = process.env.KIOSK_SCREENSHOT_LANGUAGES?.split(',');
const LANGUAGES = ALL_LANGUAGES.filter((language) => !only || only.includes(language));

const settle = (page: Page, ms = 1200) => page.waitForTimeout(ms);
const waitFor = (page: Page, testId: string) =>
  page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 15_000 });

/** The chapter's transcript a few sentences in (the marked one mid-list), shot, then closed. */
const transcriptShot = async (page: Page, shot: (name: string) => Promise<void>, name: string) => {
  await page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
    if (audio) audio.currentTime = 30;
  });
  await page.getByTestId('transcript-button').click();
  await waitFor(page, 'transcript');
  await settle(page, 1200);
  await shot(name);
  await page.getByTestId('transcript').getByTestId('dialog-close').click();
  await page.getByTestId('transcript').waitFor({ state: 'detached' });
  await settle(page, 400);
};

const main = async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const kiosk = await startKiosk({ idleSeconds: 60, idleWarningSeconds: 20 });
  const adminKiosk = await startAdminKiosk();
  const closedKiosk = await startClosedKiosk();
  const fleet = await startFleetDashboard();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const written: string[] = [];
  try {
    for (const orientation of ORIENTATIONS) {
      for (const language of LANGUAGES) {
        const page = await browser.newPage({ viewport: { width: orientation.width, height: orientation.height } });
        const shot = async (name: string) => {
          const file = path.join(outDir, `${orientation.name}-${language}-${name}.png`);
          await page.screenshot({ path: file });
          written.push(file);
        };
        await page.goto(kiosk.url);
        await waitFor(page, 'attract-screen');
        await settle(page, 2500);
        await shot('01-attract');
        await page.getByTestId(`language-${language}`).click();
        await waitFor(page, 'hub-screen');
        await settle(page);
        await shot('02-hub');
        await page.getByTestId('hub-tile-hard-core').click();
        for (let i = 1; i <= 5; i++) {
          await waitFor(page, 'chapter-screen');
          await page
            .getByTestId('caption-line')
            .waitFor({ timeout: 15_000 })
            .catch(() => undefined);
          await settle(page, 1500);
          await shot(`03-chapter-${i}`);
          if (i === 1) {
            await page.getByTestId('facts-list-button').click();
            await waitFor(page, 'facts-list');
            await settle(page, 600);
            await shot('04-facts-list');
            await page.locator('[data-testid^="facts-list-item-"]').first().click();
            await waitFor(page, 'fact-card');
            await settle(page, 600);
            await shot('05-fact-card');
            await page.keyboard.press('Escape');
            await page.getByTestId('fact-card').waitFor({ state: 'detached' });
            await page.getByTestId('facts-list').getByTestId('dialog-close').click();
            await page.getByTestId('facts-list').waitFor({ state: 'detached' });
            await settle(page, 400);
            await transcriptShot(page, shot, '05b-transcript');
          }
          await page.getByTestId('next').click();
        }
        await waitFor(page, 'end-screen');
        await settle(page);
        await shot('06-end-card');
        await page.getByTestId('end-hub').click();
        await waitFor(page, 'hub-screen');
        await page.getByTestId('large-text-toggle').click();
        await settle(page);
        await shot('07-large-text-hub');
        await page.getByTestId('hub-tile-vitality').click();
        await waitFor(page, 'chapter-screen');
        await settle(page, 1500);
        await shot('08-large-text-chapter');
        await transcriptShot(page, shot, '08b-large-text-transcript');
        await page.getByTestId('narration-toggle').click();
        await page.clock.install(); // fake time only now: earlier it starves Playwright's actionability checks
        await page.clock.fastForward(61_000);
        await waitFor(page, 'idle-overlay');
        // The overlay's entrance (Motion, on WAAPI) is timed from the fast-forwarded fake clock, so it would
        // start about a minute of real time later: finish it, or the shot shows no overlay.
        await page.evaluate(() => {
          for (const a of document.getAnimations())
            if (a.effect?.getComputedTiming().iterations !== Infinity) a.finish();
        });
        await settle(page, 300);
        await shot('09-idle-overlay');
        await page.close();
        if (language === 'zh-Hant') continue;
        const closedFile = path.join(outDir, `${orientation.name}-${language}-10-closed-card.png`);
        await closedCardShot(browser, closedKiosk.url, orientation, closedFile);
        written.push(closedFile);
        await adminScreenshots(
          browser,
          { noPin: kiosk.url, admin: adminKiosk.url },
          orientation,
          language,
          async (p, name) => {
            const file = path.join(outDir, `${orientation.name}-${language}-${name}.png`);
            await p.screenshot({ path: file });
            written.push(file);
          },
        );
        await lowReachShots(browser, kiosk.url, orientation, language, async (p, name) => {
          const file = path.join(outDir, `${orientation.name}-${language}-${name}.png`);
          await p.screenshot({ path: file });
          written.push(file);
        });
        await fleetScreenshots(browser, fleet.url, orientation, language, async (p, name) => {
          const file = path.join(outDir, `${orientation.name}-${language}-${name}.png`);
          await p.screenshot({ path: file });
          written.push(file);
        });
      }
    }
  } finally {
    await browser.close();
    await kiosk.stop();
    await adminKiosk.stop();
    await closedKiosk.stop();
    await fleet.stop();
    adminKiosk.cleanup();
  }
  console.log(`${written.length} screenshots in ${outDir}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
