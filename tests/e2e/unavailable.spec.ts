import type { Route } from '@playwright/test';
import { test } from './fixtures';
import { expect } from './tour/helpers';

test.describe.configure({ timeout: 90_000 });

/** The renderer's content:active call (`/api/call/content%3Aactive`). */
const isContentActive = (url: URL) => decodeURIComponent(url.pathname) === '/api/call/content:active';

/** The renderer's retry interval (RETRY_MS in renderer/hooks/useKioskContent.ts). */
const RETRY_MS = 30_000;

test('content that cannot be loaded shows "unavailable" and is retried every 30 s; the attract loop follows without a reload', async ({
  page,
  kiosk,
}) => {
  // The content store answers with an error envelope until `failing` is cleared.
  let failing = true;
  let asked = 0;
  await page.route(isContentActive, async (route: Route) => {
    asked++;
    if (!failing) return route.continue();
    return route.fulfill({
      json: { ok: false, error: { code: 'unavailable', message: 'content store offline (test)' } },
    });
  });
  let loads = 0;
  page.on('load', () => loads++);

  // Fake time, held still from the start: the renderer's timers run only when the test moves the
  // clock, so "not before 30 s" and "at 30 s" are exact whatever the machine's load.
  const start = new Date('2026-05-01T09:00:00+08:00').getTime();
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1_000);
  await page.goto(kiosk.url);

  const unavailable = page.getByTestId('unavailable-screen');
  await expect(unavailable).toBeVisible();
  await expect(unavailable).toContainText('暂停服务');
  await expect(unavailable).toContainText('Temporarily unavailable');
  await expect(unavailable).toContainText('Retrying automatically');
  await expect(page.getByTestId('kiosk-info')).toContainText('kiosk-01'); // app:info still answered
  const boot = asked; // one or two asks at start-up (the attract loop asks too), all refused
  expect(boot).toBeGreaterThan(0);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  // Nothing is asked again before the interval is up...
  await page.clock.fastForward(RETRY_MS - 1_000);
  await page.waitForTimeout(500);
  expect(asked).toBe(boot);
  // ...then it asks once, is refused again, and stays on the unavailable screen.
  await page.clock.fastForward(2_000);
  await expect.poll(() => asked).toBe(boot + 1);
  await expect(unavailable).toBeVisible();

  // The content comes back: the next retry loads it and the attract loop starts, same page.
  failing = false;
  await page.clock.fastForward(RETRY_MS);
  await expect.poll(() => asked).toBeGreaterThan(boot + 1);
  await page.clock.resume(); // let animation frames run for the attract screen's entrance
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await expect(page.locator('.kiosk')).toHaveAttribute('data-screen', 'attract');
  await expect(unavailable).toHaveCount(0);
  expect(loads).toBe(1);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
