import { test } from './fixtures';

test.describe.configure({ timeout: 120_000 });
import {
  expect,
  audioState,
  beginVisit,
  eventsOf,
  expectNarrationPlaying,
  openKiosk,
  recordVisitCalls,
} from './tour/helpers';

// idleSeconds 60 rather than the minimum 10: on a loaded CI machine setting up the visit
// alone can take longer than 10 s between taps. Fake time then jumps past it.
test.use({ kioskSettings: { idleSeconds: 60, idleWarningSeconds: 20 } });

test('idle: warning after idleSeconds, a touch keeps the visit, timeout resets everything and ends the visit', async ({
  page,
  kiosk,
}) => {
  const calls = recordVisitCalls(page);
  await openKiosk(page, kiosk.url);
  await beginVisit(page, 'en');
  await page.getByTestId('hub-tile-momentum').click();
  await expectNarrationPlaying(page, 'narration/en/momentum.opus');
  // Change what idle reset must restore: captions, volume, large text, language.
  await page.getByTestId('captions-toggle').click();
  await page.getByTestId('volume-down').click();
  await page.getByTestId('large-text-toggle').click();
  await page.getByTestId('narration-toggle').click(); // paused narration no longer postpones the warning
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);

  await page.getByTestId('chapter-keyword').click(); // a touch right before fake time starts
  // Fake time from here on (installing it earlier starves Playwright's actionability checks on a loaded machine).
  await page.clock.install();
  await page.clock.fastForward(61_000);
  await page.clock.resume(); // let time (and animation frames) flow again
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  await expect(page.getByTestId('idle-overlay')).toContainText('Still there?');
  await expect(page.getByTestId('idle-overlay')).toContainText('还在吗');
  await expect(page.getByTestId('idle-continue')).toBeFocused();

  // A touch keeps the visit. (Screen state is read from the app root: under Playwright's fake
  // clock motion's exit animations may not finish, so DOM removal is not a reliable signal.)
  const kioskRoot = page.locator('.kiosk');
  await page.getByTestId('idle-continue').click();
  await page.waitForTimeout(2_000);
  expect(calls.some((c) => c.name === 'visit:end')).toBe(false);
  await expect(kioskRoot).toHaveAttribute('data-screen', 'chapter');

  // Then nobody touches: warning, countdown, reset.
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect.poll(() => calls.some((c) => c.name === 'visit:end')).toBe(true);
  await expect(kioskRoot).toHaveAttribute('data-screen', 'attract');
  await expect(kioskRoot).toHaveAttribute('data-language', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(kioskRoot).not.toHaveClass(/kiosk--large/);

  const audio = await audioState(page);
  expect(audio.paused).toBe(true);
  expect(audio.volume).toBeCloseTo(0.8, 2);
  const start = calls.find((c) => c.name === 'visit:start');
  expect(calls.find((c) => c.name === 'visit:end')?.body).toMatchObject({
    visitId: start?.body.visitId,
    reason: 'idle',
  });
  expect(eventsOf(calls, 'chapter-closed').map((e) => e.chapter)).toEqual(['momentum']);
});

test('idle: playing narration postpones the warning (up to the cap)', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expectNarrationPlaying(page, 'hard-core.opus');
  // Fake time, 70 s on: past idleSeconds (60), but narration plays, so no warning.
  await page.clock.install();
  await page.clock.runFor(70_000);
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
  expect((await audioState(page)).paused).toBe(false);
  // narrationIdleCapSeconds defaults to 300: past it, the warning comes even while narration plays
  // (with fake time jumping ahead it may already have run out and reset to attract).
  await page.clock.fastForward(300_000);
  await page.clock.resume();
  await expect
    .poll(
      async () =>
        (await page.getByTestId('idle-overlay').count()) > 0 ||
        (await page.locator('.kiosk').getAttribute('data-screen')) === 'attract',
    )
    .toBe(true);
});

test('idle: the attract screen has no idle guard and starts no visit on its own', async ({ page, kiosk }) => {
  const calls = recordVisitCalls(page);
  await openKiosk(page, kiosk.url);
  await page.clock.install();
  await page.clock.runFor(60_000);
  await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
  expect(calls).toHaveLength(0);
});
