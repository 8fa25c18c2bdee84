/** `kiosk fleet serve` in real Chromium: the admin PIN, then the kiosk's own dashboard over three kiosks. */
import { readFileSync } from 'node:fs';
import { test as base, type Page } from '@playwright/test';
import { tapPin } from './admin-helpers';
import { FLEET_PIN, startFleetDashboard, type FleetDashboardProcess } from './fleet-process';
import { expect, seriousViolations } from './tour/helpers';

const test = base.extend<object, { fleet: FleetDashboardProcess }>({
  fleet: [
    async ({}, use) => {
      const fleet = await startFleetDashboard();
      await use(fleet);
      await fleet.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

const signIn = async (page: Page, url: string) => {
  await page.goto(url);
  await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
  await tapPin(page, FLEET_PIN);
  await page.getByTestId('pin-submit').click();
  await expect(page.getByTestId('fleet-dashboard')).toBeVisible();
  await expect(page.getByTestId('dash-kpi-visits')).toBeVisible({ timeout: 15_000 });
};
const visitsShown = async (page: Page) =>
  Number((await page.getByTestId('dash-kpi-visits').locator('strong').innerText()).replace(/\D/g, ''));

test('no session, no dashboard: the PIN pad first; signed in, the merged numbers; 0 serious/critical axe violations', async ({
  page,
  fleet,
}) => {
  await page.goto(fleet.url);
  await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
  await expect(page.getByTestId('dashboard-screen')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, fleet.url);
  expect(await visitsShown(page)).toBeGreaterThan(0);
  for (const language of ['first', 'second']) {
    expect(await seriousViolations(page), `${language} language`).toEqual([]);
    await page.getByTestId('admin-language').click();
  }
  // Signing out leaves nothing but a fresh PIN pad.
  await page.getByTestId('admin-exit').click();
  await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
});

test("choosing one kiosk changes the numbers to that kiosk's own", async ({ page, fleet }) => {
  await signIn(page, fleet.url);
  // The kiosk/venue filter is DashboardScreen's own (its `fleet` prop): the same screen as on a kiosk.
  await expect(page.getByTestId('dash-fleet')).toBeVisible();
  const all = await visitsShown(page);
  await page.getByTestId('dash-kiosk-cd-tianfu-1').click();
  await expect.poll(() => visitsShown(page)).toBeLessThan(all);
  expect(await visitsShown(page)).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the merged export follows the kiosk filter and downloads the workbook in the chosen format', async ({ page, fleet }) => {
  await signIn(page, fleet.url);
  await page.getByTestId('dash-kiosk-cd-tianfu-1').click();
  await expect(page.getByTestId('fleet-export-covers')).toContainText('cd-tianfu-1');
  await page.getByTestId('fleet-export-format-xlsx').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fleet-export-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^fleet_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  // A zip (xlsx) file: its content is checked sheet by sheet in tests/unit/fleet-export.test.ts.
  expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  await page.getByTestId('fleet-export-format-csv').click();
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fleet-export-download').click()]);
  expect(zip.suggestedFilename()).toMatch(/_csv\.zip$/);
  expect(await seriousViolations(page)).toEqual([]);
});
