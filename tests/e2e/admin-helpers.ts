/**
 * Admin-mode e2e helpers: a kiosk with PINs set before it starts and a temp
 * "USB mount root" holding one stick, and the touch steps to sign in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Response } from '@playwright/test';
import type { AdminRoute } from '../../renderer/admin/router/admin-routes';
import { setPins } from '../fixtures/admin';
import { test as kioskTest } from './fixtures';
import { beginVisit, expect, openKiosk } from './tour/helpers';
import { startKiosk, type KioskProcess } from './web-host-process';

export const STAFF_PIN = '2468';
export const ADMIN_PIN = '135790';

/** A temp mount root (as the removable-media scan sees /media/<user>) with one stick in it. */
export type Usb = Readonly<{ root: string; stick: string; label: string }>;

type AdminFixtures = {
  /** PINs written into the data dir before the kiosk starts (test.use({ pins: {...} }) to change). */
  pins: Readonly<{ staff?: string; admin?: string }>;
  usb: Usb;
};

/** `test` whose kiosk has PINs and sees `usb.root` as its only removable-media root. */
export const test = kioskTest.extend<AdminFixtures>({
  pins: [{ staff: STAFF_PIN, admin: ADMIN_PIN }, { option: true }],
  usb: async ({}, use) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-usb-'));
    const label = 'KIOSKSTICK';
    const stick = path.join(root, label);
    fs.mkdirSync(stick);
    await use({ root, stick, label });
    fs.rmSync(root, { recursive: true, force: true });
  },
  kiosk: async ({ kioskSettings, pins, usb }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-admin-'));
    await setPins(dataDir, pins);
    const kiosk: KioskProcess = await startKiosk({ removableMediaRoots: [usb.root], ...kioskSettings }, dataDir);
    await use(kiosk);
    await kiosk.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('kiosk-log', { body: kiosk.logText(), contentType: 'text/plain' });
    }
  },
});

export { expect };

/** Holds the attract screen's top-left corner for 3.4 s, as staff do, and waits for the PIN pad. */
export const holdCorner = async (page: Page) => {
  await page.mouse.move(24, 24);
  await page.mouse.down();
  await page.waitForTimeout(3_400);
  await page.mouse.up();
  await expect(page.getByTestId('admin-pin-pad')).toBeVisible();
};

/** Taps a PIN on the keypad. */
export const tapPin = async (page: Page, pin: string) => {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
};

/**
 * Opens the kiosk, opens admin mode by the corner hold, signs in by touch and
 * waits for the home screen. Returns the session token the core answered.
 */
export const signIn = async (page: Page, url: string, pin: string): Promise<string> => {
  await openKiosk(page, url);
  await holdCorner(page);
  await tapPin(page, pin);
  const answered = page.waitForResponse(
    (r: Response) => r.url().includes('admin%3Asign-in') || r.url().includes('admin:sign-in'),
  );
  await page.getByTestId('pin-submit').click();
  const body = (await (await answered).json()) as { ok: boolean; value?: { token: string } };
  await expect(page.getByTestId('admin-screen-home')).toBeVisible();
  return body.value?.token ?? '';
};

/** Opens a home tile and waits for its screen. */
export const openTile = async (page: Page, route: Exclude<AdminRoute, 'home'>) => {
  await page.getByTestId(`admin-tile-${route}`).click();
  await expect(page.getByTestId(`admin-screen-${route}`)).toBeVisible();
};

/** Calls the web host directly with an optional session token (the checks "over HTTP, not only the UI"). */
export const callWith = async (page: Page, url: string, name: string, input: unknown, token?: string) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['X-Kiosk-Session'] = token;
  const response = await page.request.post(`${url}api/call/${name}`, { data: input, headers });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
};

/**
 * Logs one real visit by touch — the first chapter, a jump to the last, "finish" —
 * and waits for the attract screen again: the export has something to export.
 */
export const logFinishedVisit = async (page: Page, url: string) => {
  await openKiosk(page, url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expect(page.getByTestId('chapter-screen')).toBeVisible();
  await page.getByTestId('progress-step-5').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'radiation');
  // A press during the chapter's entrance can land on the one leaving (CI under load): press again until the end card shows.
  await expect(async () => {
    if (await page.getByTestId('end-screen').isVisible()) return;
    await page.getByTestId('next').click({ timeout: 2_000 });
    await expect(page.getByTestId('end-screen')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
};
