/**
 * Admin-mode screenshots for `npm run screenshots`: the PIN pad of a kiosk
 * with no PIN, then every signed-in screen of a kiosk with PINs and a pack
 * on a temp USB stick (needs the auth and USB backends).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { writeDeterministicZip } from '../../electron/core/packs/pack-build';
import { openDatabase } from '../../db';
import { visitDatabaseFile } from '../../electron/core/visit-log';
import { writeVisits } from '../fixtures/visit-log/bulk';
import { generateVisits } from '../fixtures/visit-log/generate';
import { setPins } from '../fixtures/admin';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { startKiosk, type KioskProcess } from './web-host-process';
import { FLEET_PIN } from './fleet-process';

const ADMIN_PIN = '135790';

type Orientation = Readonly<{ name: string; width: number; height: number }>;

/** A kiosk with PINs set and a stick holding one pack under kiosk-packs/. */
export const startAdminKiosk = async (): Promise<KioskProcess & { cleanup(): void }> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-shots-admin-'));
  const usbRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-shots-usb-'));
  const packs = path.join(usbRoot, 'KIOSKSTICK', 'kiosk-packs');
  fs.mkdirSync(packs, { recursive: true });
  const src = path.join(usbRoot, '.src');
  await writeTestPack(src, { id: 'spring-special', version: '90.0.0', variant: 'spring' });
  await writeDeterministicZip(src, path.join(packs, 'spring-special-90.0.0.zip'));
  await setPins(dataDir, { staff: '2468', admin: ADMIN_PIN });
  // As root the web host prints the report as SUDO_USER (sandbox on), as `sudo npm start` from a normal account would.
  if (process.getuid?.() === 0) process.env.SUDO_USER ??= 'nobody';
  // Eight weeks of visits before today for the dashboard (today's export keeps only the real visit).
  const today = new Date().setHours(0, 0, 0, 0);
  const visitDb = openDatabase(visitDatabaseFile(dataDir));
  writeVisits(visitDb, generateVisits({ seed: 7, visits: 5_000, fromMs: today - 56 * 86_400_000, toMs: today, timeIds: true, idleTails: true }));
  visitDb.close();
  const kiosk = await startKiosk({ removableMediaRoots: [usbRoot] }, dataDir);
  return { ...kiosk, cleanup: () => fs.rmSync(usbRoot, { recursive: true, force: true }) };
};

const visible = (page: Page, testId: string) =>
  page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 60_000 });

/** Opens the PIN pad with Ctrl+Alt+A, in the wanted language. */
const openPad = async (page: Page, url: string, language: 'zh-CN' | 'en') => {
  await page.goto(url);
  await visible(page, 'attract-screen');
  await page.keyboard.press('Control+Alt+KeyA');
  await visible(page, 'admin-pin-pad');
  const lang = await page.getByTestId('admin').getAttribute('lang');
  if ((lang === 'en') !== (language === 'en')) await page.getByTestId('admin-language').click();
};

/** Every admin screen of one orientation and language; `shot(name)` writes one PNG. */
export const adminScreenshots = async (
  browser: Browser,
  urls: Readonly<{ noPin: string; admin: string }>,
  orientation: Orientation,
  language: 'zh-CN' | 'en',
  shot: (page: Page, name: string) => Promise<void>,
): Promise<void> => {
  const page = await browser.newPage({ viewport: { width: orientation.width, height: orientation.height } });
  const settle = (ms = 500) => page.waitForTimeout(ms);
  const step = async (testId: string, name: string, click?: string) => {
    if (click) await page.getByTestId(click).first().click();
    await visible(page, testId);
    await settle();
    await shot(page, name);
  };
  try {
    await openPad(page, urls.noPin, language);
    await visible(page, 'pin-unset');
    await shot(page, '20-admin-pin-unset');

    // One real visit, ended by "finish", so the export screen has a day to export.
    await page.goto(urls.admin);
    await page.getByTestId('attract-begin').click();
    await page.getByTestId('hub-tile-hard-core').click();
    await visible(page, 'chapter-screen');
    await page.getByTestId('progress-step-5').click();
    await page.getByTestId('next').click();
    await page.getByTestId('finish').click();
    await visible(page, 'attract-screen');

    await openPad(page, urls.admin, language);
    for (const digit of ADMIN_PIN.slice(0, 3)) await page.getByTestId(`pin-key-${digit}`).click();
    await shot(page, '21-admin-pin-pad');
    for (const digit of ADMIN_PIN.slice(3)) await page.getByTestId(`pin-key-${digit}`).click();
    await step('admin-screen-home', '22-admin-home', 'pin-submit');
    await step('candidate', '23-admin-content', 'admin-tile-content');
    await step('preflight', '24-admin-preflight', 'candidate');
    await step('staged', '25-admin-staged', 'preflight-install');
    await page.getByTestId('staged-preview').click();
    await visible(page, 'hub-screen');
    await settle(1500);
    await shot(page, '26-admin-preview');
    await step('staged', '27-admin-staged-again', 'preview-end');
    await page.getByTestId('staged-discard').click();
    await page.getByTestId('admin-back').click();
    await step('export-volume', '28-admin-export', 'admin-tile-export');
    await page.getByTestId('export-volume').first().click();
    await step('export-result', '29-admin-export-result', 'export-start');
    await step('report-saved', '29b-admin-report-saved', 'report-save');
    await page.getByTestId('admin-back').click();
    await step('admin-audit', '30-admin-audit', 'admin-tile-audit');
    await page.getByTestId('admin-back').click();
    await step('admin-pins', '31-admin-pins', 'admin-tile-pins');
    await page.getByTestId('admin-back').click();
    await step('system-kiosk', '32-admin-system', 'admin-tile-system');
    await page.getByTestId('system-check-now').click();
    await page.locator('[data-testid="system-last-check"][data-ok="true"]').waitFor({ timeout: 60_000 });
    await step('system-restart-confirm', '33-admin-system-restart', 'system-restart');
    await page.getByTestId('confirm-cancel').click();
    await step('system-exit-dialog', '34-admin-system-exit', 'system-exit');
    await page.getByTestId('system-exit-cancel').click();
    await page.getByTestId('admin-back').click();
    await step('admin-settings', '40-admin-settings', 'admin-tile-settings');
    await page.getByTestId('settings-always-open').click();
    for (let i = 0; i < 8; i++) await page.getByTestId('settings-day-mon-from-more-big').click();
    await page.getByTestId('settings-save').click();
    await visible(page, 'settings-day-mon-error');
    await page.getByTestId('settings-day-mon').scrollIntoViewIfNeeded();
    await settle();
    await shot(page, '41-admin-settings-hours-error');
    await page.getByTestId('admin-back').click();
    await step('dash-kpi-visits', '45-admin-dashboard', 'admin-tile-dashboard');
    await page.locator('.dash-chart svg').nth(6).waitFor({ timeout: 60_000 });
    await page.locator('.dash-chart').nth(2).scrollIntoViewIfNeeded();
    await step('dash-kpi-visits', '46-admin-dashboard-charts');
    await page.locator('.dash-chart').nth(6).scrollIntoViewIfNeeded();
    await step('dash-kpi-visits', '47-admin-dashboard-ends');
    await page.getByTestId('admin-exit').click();
  } finally {
    await page.close();
  }
};

/**
 * The fleet dashboard (`kiosk fleet serve`, three kiosks merged in PostgreSQL)
 * in one orientation and language: its PIN pad, then the signed-in dashboard.
 */
export const fleetScreenshots = async (
  browser: Browser,
  url: string,
  orientation: Orientation,
  language: 'zh-CN' | 'en',
  shot: (page: Page, name: string) => Promise<void>,
): Promise<void> => {
  const page = await browser.newPage({ viewport: { width: orientation.width, height: orientation.height }, locale: language });
  try {
    await page.goto(url);
    await visible(page, 'admin-pin-pad');
    await shot(page, '40-fleet-pin-pad');
    for (const digit of FLEET_PIN) await page.getByTestId(`pin-key-${digit}`).click();
    await page.getByTestId('pin-submit').click();
    await visible(page, 'dash-kpi-visits');
    await page.waitForTimeout(1500); // charts finish their entry animation
    await shot(page, '41-fleet-dashboard');
    await page.getByTestId('fleet-export').scrollIntoViewIfNeeded();
    await shot(page, '42-fleet-dashboard-export');
  } finally {
    await page.close();
  }
};
