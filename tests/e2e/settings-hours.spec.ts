/**
 * Settings on screen and opening hours, in real Chromium through the web host.
 * The renderer's clock is Playwright's fake clock; the core keeps its real one,
 * so the hours close today (real time) and the page is moved to other days.
 */
import type { Page } from '@playwright/test';
import { WEEKDAYS } from '../../electron/shared/opening-hours';
import { ADMIN_PIN, callWith, expect, signIn, tapPin, test } from './admin-helpers';
import { audioState, beginVisit, openKiosk, recordVisitCalls, seriousViolations } from './tour/helpers';

test.describe.configure({ timeout: 120_000 });

/** Local time on the day `daysAhead` after today (never today: the core, on real time, is closed today). */
const dayAhead = (daysAhead: number, hh: number, mm: number, ss = 0) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysAhead, hh, mm, ss);
};
const HOURS = { daily: { open: '09:00', close: '17:00' }, [WEEKDAYS[new Date().getDay()] ?? 'sun']: null };

/** The admin corner hold with the page's clock faked: the 3 s hold is run on that clock. */
const holdCornerOnFakeClock = async (page: Page) => {
  await page.mouse.move(24, 24);
  await page.mouse.down();
  await page.clock.runFor(3_400);
  await page.mouse.up();
  await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
};

test.describe('settings screen', () => {
  test('an admin shortens the idle timeout by touch; it takes effect without a restart and is audited', async ({ page, kiosk }) => {
    const token = await signIn(page, kiosk.url, ADMIN_PIN);
    await page.getByTestId('admin-tile-settings').click();
    await expect(page.getByTestId('settings-idleSeconds')).toHaveText(/90/);
    for (let i = 0; i < 6; i++) await page.getByTestId('settings-idleSeconds-less').click();
    await expect(page.getByTestId('settings-idleSeconds')).toHaveText(/30/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-outcome')).toHaveClass(/admin-note/);
    const audit = (await callWith(page, kiosk.url, 'audit:list', { limit: 20 }, token)) as { value?: { rows: Array<{ action: string; detail: string }> } };
    expect(audit.value?.rows.find((r) => r.action === 'settings:save')?.detail).toBe('idleSeconds 90 → 30');

    await page.clock.install();
    await page.getByTestId('admin-exit').click();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await beginVisit(page);
    await page.clock.runFor(25_000);
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await page.clock.runFor(6_000);
    await expect(page.getByTestId('idle-overlay')).toBeVisible();
  });

  test('a day that closes before it opens is refused and named at its row; reset returns to the file', async ({ page, kiosk }) => {
    await signIn(page, kiosk.url, ADMIN_PIN);
    await page.getByTestId('admin-tile-settings').click();
    await page.getByTestId('settings-always-open').click();
    for (let i = 0; i < 8; i++) await page.getByTestId('settings-day-mon-from-more-big').click();
    await expect(page.getByTestId('settings-day-mon-from')).toHaveText('17:00');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-day-mon-error')).toContainText(/闭馆时间须晚于开门时间|closing time must be later/);
    await expect(page.getByTestId('settings-outcome')).toHaveClass(/admin-alert/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('settings-day-mon-from-less-big').click();
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-outcome')).toHaveClass(/admin-note/);
    await page.getByTestId('settings-reset').click();
    await expect(page.getByTestId('settings-always-open')).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('opening hours', () => {
  test.use({ kioskSettings: { idleSeconds: 10, openingHours: HOURS } });

  test('closing shows the closed card, which starts no visit; the admin entry still works; opening removes it', async ({ page, kiosk }) => {
    const calls = recordVisitCalls(page);
    await page.clock.install({ time: dayAhead(1, 16, 58, 0) });
    await openKiosk(page, kiosk.url);
    const pageNow = () => page.evaluate(() => Date.now());
    await page.clock.runFor(dayAhead(1, 17, 0, 10).getTime() - (await pageNow()));
    const card = page.getByTestId('closed-screen');
    await expect(card).toBeVisible();
    await expect(card).toContainText('已闭馆');
    await expect(card).toContainText('09:00–17:00');
    await expect(card.getByTestId('kiosk-info')).toHaveText(/kiosk-01/);
    expect(await seriousViolations(page)).toEqual([]);
    await card.click({ position: { x: 900, y: 500 } });
    await page.clock.runFor(2_000);
    await expect(card).toBeVisible();
    expect(calls.filter((c) => c.name === 'visit:start')).toEqual([]);
    // The core, on its own clock (closed today), refuses a visit even if asked directly.
    const refused = await callWith(page, kiosk.url, 'visit:start', { visitId: '0190a0a0-0000-7000-8000-000000000001', at: Date.now(), language: 'zh-CN', packId: 'x', packVersion: '1.0.0' });
    expect(refused.error?.message).toMatch(/closed/);

    await holdCornerOnFakeClock(page);
    await tapPin(page, ADMIN_PIN.slice(0, 2));
    await page.getByTestId('admin-exit').click();
    await expect(card).toBeVisible();

    await page.clock.fastForward(dayAhead(2, 9, 0, 5).getTime() - (await pageNow()));
    await page.clock.runFor(61_000);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await expect(card).toHaveCount(0);
  });

});

test.describe('opening hours, a visit at closing time', () => {
  // Idle 120 s: the clock runs in real time while the page loads, so the visit starts somewhere in 16:59.
  test.use({ kioskSettings: { idleSeconds: 120, idleWarningSeconds: 20, openingHours: HOURS } });

  test('a visit under way at closing time goes on until its idle reset, then the closed card shows', async ({ page, kiosk }) => {
    await page.clock.install({ time: dayAhead(1, 16, 59, 0) });
    await openKiosk(page, kiosk.url);
    await beginVisit(page);
    const startedAt = await page.evaluate(() => Date.now());
    expect(startedAt).toBeLessThan(dayAhead(1, 16, 59, 50).getTime());
    await page.clock.runFor(dayAhead(1, 17, 0, 10).getTime() - startedAt);
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await expect(page.getByTestId('closed-screen')).toHaveCount(0);
    await page.clock.runFor(145_000);
    await expect(page.getByTestId('closed-screen')).toBeVisible();
  });
});

test.describe('visit defaults', () => {
  test.use({ kioskSettings: { defaultVolume: 0.5, captionsOnByDefault: false } });

  test('a visit starts at the default volume and with captions as configured', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk.url);
    await beginVisit(page);
    await page.getByTestId('hub-tile-hard-core').click();
    await expect.poll(async () => (await audioState(page)).src, { timeout: 30_000 }).toContain('hard-core');
    await expect.poll(async () => (await audioState(page)).volume).toBeCloseTo(0.5, 2);
    await expect(page.getByTestId('captions-toggle')).toHaveAttribute('aria-pressed', 'false');
  });
});
