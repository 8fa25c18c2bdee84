import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { expect, openKiosk, recordVisitCalls } from './tour/helpers';

/** Presses at (x, y) with the mouse (a pointer, like a finger) for `ms`, then lifts. */
const press = async (page: Page, x: number, y: number, ms: number, beforeUp?: () => Promise<void>) => {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await beforeUp?.();
  await page.mouse.up();
};

/** Requests for the admin chunk (its JS file name starts with AdminApp). */
const adminChunkRequests = (page: Page): string[] => {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/AdminApp-[^/]*\.js$/.test(r.url())) urls.push(r.url());
  });
  return urls;
};

test.describe('hidden admin entry', () => {
  test('a short tap in the corner still starts a visit, and admin mode stays unloaded', async ({ page, kiosk }) => {
    const chunk = adminChunkRequests(page);
    const calls = recordVisitCalls(page);
    await openKiosk(page, kiosk.url);
    await page.mouse.click(30, 30);
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await expect(page.getByTestId('admin')).toHaveCount(0);
    await expect.poll(() => calls.filter((c) => c.name === 'visit:start').length).toBe(1);
    expect(chunk).toEqual([]);
  });

  test('a 3 s hold in the corner opens the PIN pad (no visit), which says how to set a PIN', async ({
    page,
    kiosk,
  }) => {
    const chunk = adminChunkRequests(page);
    const calls = recordVisitCalls(page);
    await openKiosk(page, kiosk.url);
    // Nothing on the attract screen hints at the entry.
    await expect(page.getByTestId('admin')).toHaveCount(0);
    expect(await page.locator('[data-testid^="admin"], [aria-label*="admin" i]').count()).toBe(0);
    await press(page, 30, 30, 3_400, async () => {
      // The pad is up while the finger is still down: the hold, not the lift, opened it.
      await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
    });
    await expect(page.getByTestId('pin-unset')).toContainText('kiosk admin set-pin --role admin');
    await expect(page.getByTestId('hub-screen')).toHaveCount(0);
    expect(chunk).toHaveLength(1);
    await page.waitForTimeout(500);
    expect(calls.filter((c) => c.name === 'visit:start')).toEqual([]);
  });

  test('a hold that is too short, too far from the corner, or drifts away starts a visit instead', async ({
    page,
    kiosk,
  }) => {
    await openKiosk(page, kiosk.url);
    await press(page, 30, 30, 1_500);
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await expect(page.getByTestId('admin')).toHaveCount(0);

    await page.goto(kiosk.url);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await press(page, 400, 400, 3_400);
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await expect(page.getByTestId('admin')).toHaveCount(0);

    await page.goto(kiosk.url);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await page.mouse.move(30, 30);
    await page.mouse.down();
    await page.mouse.move(90, 90, { steps: 5 });
    await page.waitForTimeout(3_400);
    await expect(page.getByTestId('admin')).toHaveCount(0);
    await page.mouse.up();
  });

  test('Ctrl+Alt+A opens the PIN pad; Cancel returns to the attract loop', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk.url);
    await page.keyboard.press('Control+Alt+KeyA');
    await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
    await expect(page.getByTestId('pin-unset')).toBeVisible();
    await page.getByTestId('admin-exit').click();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await expect(page.getByTestId('admin')).toHaveCount(0);
    // Mid-visit too: the visit ends first.
    const calls = recordVisitCalls(page);
    await page.getByTestId('attract-begin').click();
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await page.keyboard.press('Control+Alt+KeyA');
    await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
    await expect
      .poll(() => calls.filter((c) => c.name === 'visit:end').map((c) => c.body.reason))
      .toEqual(['interrupted']);
  });

  test('the PIN pad switches language and has 64 px+ keys', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk.url);
    await page.keyboard.press('Control+Alt+KeyA');
    const pad = page.getByTestId('admin-pin-pad');
    await expect(pad).toBeVisible();
    const before = await page.getByTestId('admin').getAttribute('lang');
    await page.getByTestId('admin-language').click();
    await expect(page.getByTestId('admin')).not.toHaveAttribute('lang', before ?? '');
    for (const button of await pad.locator('button').all()) {
      const box = await button.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(64);
    }
  });

  test('the PIN pad left alone closes after a minute, back to the attract loop', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk.url);
    await page.clock.install(); // before the pad starts its clock, so the fake minute is its minute
    await page.keyboard.press('Control+Alt+KeyA');
    await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
    await page.clock.runFor(50_000);
    await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
    await page.clock.runFor(11_000);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await expect(page.getByTestId('admin')).toHaveCount(0);
  });

  test('the unavailable card opens admin mode too (staff fix a broken pack from USB)', async ({ page, kiosk }) => {
    await page.route(
      (url) => decodeURIComponent(url.pathname) === '/api/call/content:active',
      (route) => route.fulfill({ json: { ok: false, error: { code: 'unavailable', message: 'no pack (test)' } } }),
    );
    await page.goto(kiosk.url);
    await expect(page.getByTestId('unavailable-screen')).toBeVisible();
    await press(page, 30, 30, 3_400);
    await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
    await page.getByTestId('admin-exit').click();
    await expect(page.getByTestId('unavailable-screen')).toBeVisible();
    await page.keyboard.press('Control+Alt+KeyA');
    await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
  });
});
