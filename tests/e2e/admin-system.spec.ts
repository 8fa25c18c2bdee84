/** The System screen through admin mode in real Chromium on the real web host process: figures, "check now", restart, exit to desktop. */
import type { Page } from '@playwright/test';
import { EXIT_CODES } from '../../electron/shared/exit-codes';
import { ADMIN_PIN, expect, signIn, STAFF_PIN, tapPin, test } from './admin-helpers';
import { seriousViolations, targetSizes } from './tour/helpers';
import type { KioskProcess } from './web-host-process';

test.describe.configure({ timeout: 120_000 });

const exitCode = (kiosk: KioskProcess) =>
  new Promise<number | null>((resolve) => (kiosk.child.exitCode !== null ? resolve(kiosk.child.exitCode) : kiosk.child.once('exit', resolve)));

const accessible = async (page: Page, what: string) => {
  await page.waitForTimeout(300);
  expect(await seriousViolations(page), `${what}: axe`).toEqual([]);
  expect((await targetSizes(page, 64)).tooSmall, `${what}: targets`).toEqual([]);
};

/** Staff signs in, opens System, sees the figures and runs "check now". */
const openSystem = async (page: Page, url: string) => {
  await signIn(page, url, STAFF_PIN);
  await page.getByTestId('admin-tile-system').click();
  await expect(page.getByTestId('admin-screen-system')).toBeVisible();
  await expect(page.getByTestId('system-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('system-shell')).toHaveText('Chromium 展项模式');
  await expect(page.getByTestId('system-kiosk-id')).not.toBeEmpty();
  await expect(page.getByTestId('system-pack')).toContainText('changjiahui-default');
  await expect(page.getByTestId('system-disk')).toHaveText(/\d+(\.\d+)? [KMGT]?B（共 \d+(\.\d+)? [KMGT]?B）/);
  await expect(page.getByTestId('system-db-size')).toHaveText(/\d+(\.\d+)? [KMG]?B/);
  await expect(page.getByTestId('system-last-check')).toHaveAttribute('data-ok', 'none');
  await accessible(page, 'system');
  await page.getByTestId('system-check-now').click();
  await expect(page.getByTestId('system-last-check')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('system-last-check')).toContainText('正常');
};

for (const [width, height, orientation] of [
  [1920, 1080, 'landscape'],
  [1080, 1920, 'portrait'],
] as const) {
  test.describe(`${orientation} ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('restart asks first; cancel keeps the kiosk running, confirm restarts it (exit 75)', async ({ page, kiosk }) => {
      await openSystem(page, kiosk.url);
      await page.getByTestId('system-restart').click();
      await expect(page.getByTestId('system-restart-confirm')).toBeVisible();
      await accessible(page, 'restart confirm');
      await page.getByTestId('confirm-cancel').click();
      await expect(page.getByTestId('system-restart-confirm')).toBeHidden();
      await page.waitForTimeout(500);
      expect(kiosk.child.exitCode).toBeNull();
      await page.getByTestId('system-restart').click();
      await page.getByTestId('confirm-ok').click();
      await expect(page.getByTestId('system-leaving')).toBeVisible();
      expect(await exitCode(kiosk)).toBe(EXIT_CODES.restart);
    });

    test('exit to desktop asks for the admin PIN again: a staff PIN is refused, the admin PIN exits (78)', async ({ page, kiosk }) => {
      await openSystem(page, kiosk.url);
      await page.getByTestId('system-exit').click();
      await expect(page.getByTestId('system-exit-dialog')).toBeVisible();
      await tapPin(page, STAFF_PIN);
      await page.getByTestId('pin-submit').click();
      await expect(page.getByTestId('system-exit-refusal')).toContainText('admin PIN');
      await accessible(page, 'exit PIN');
      // The refusal did not sign the screen out.
      await expect(page.getByTestId('admin-screen-system')).toBeVisible();
      expect(kiosk.child.exitCode).toBeNull();
      await tapPin(page, ADMIN_PIN);
      await page.getByTestId('pin-submit').click();
      await expect(page.getByTestId('system-leaving')).toBeVisible();
      expect(await exitCode(kiosk)).toBe(EXIT_CODES.exitToDesktop);
    });
  });
}

test('"刷新" reads the figures again (the screen does not poll, so an unattended one still signs out)', async ({ page, kiosk }) => {
  await signIn(page, kiosk.url, STAFF_PIN);
  await page.getByTestId('admin-tile-system').click();
  const uptime = page.getByTestId('system-uptime');
  await expect(uptime).toContainText('秒');
  const before = await uptime.innerText();
  await page.waitForTimeout(2_100);
  // Nothing changes on its own: no polling.
  await expect(uptime).toHaveText(before);
  const refresh = page.getByTestId('system-refresh');
  await expect(refresh).toHaveText('刷新');
  await refresh.click();
  await expect(uptime).not.toHaveText(before);
  await expect(refresh).toBeEnabled();
});
