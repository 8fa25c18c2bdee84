/** Needs the auth and export backends (admin:*, media:list, export:visits, audit:list). */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN_PIN, expect, logFinishedVisit, openTile, signIn, test } from './admin-helpers';

test.describe.configure({ timeout: 180_000 });

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * Logs one finished visit, then an admin exports today to the test stick in
 * `format`; returns the export folder the summary names.
 */
const exportToday = async (page: Page, url: string, usb: Readonly<{ label: string }>, format: 'csv' | 'xlsx'): Promise<string> => {
  // The export needs a visit in the range.
  await logFinishedVisit(page, url);
  await signIn(page, url, ADMIN_PIN);
  await openTile(page, 'export');
  await page.getByTestId('export-preset-today').click();
  await page.getByTestId(`export-format-${format}`).click();
  const volume = page.getByTestId('export-volume').filter({ hasText: usb.label });
  await expect(volume).toBeVisible();
  await volume.click();
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-result')).toBeVisible({ timeout: 60_000 });
  return (await page.getByTestId('export-folder').textContent()) ?? '';
};

test('today’s visits exported to the stick: the summary matches the files, which match the visit log', async ({
  page,
  kiosk,
  usb,
}) => {
  const folder = await exportToday(page, kiosk.url, usb, 'csv');
  expect(path.resolve(folder).startsWith(usb.stick + path.sep)).toBe(true);
  const rows = page.getByTestId('export-file');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    const name = (await row.getAttribute('data-name')) ?? '';
    expect(sha256(fs.readFileSync(path.join(folder, name)))).toBe(await row.getAttribute('data-sha256'));
    if (name.startsWith('visits')) {
      // One data row per visit (the header and a BOM aside): exactly the visit above.
      expect(await row.getAttribute('data-rows')).toBe('1');
    }
  }
  // Nothing half-written is left next to the files.
  expect(fs.readdirSync(folder).filter((f) => /\.tmp|\.part/.test(f))).toEqual([]);

  // The export is in the audit log.
  await page.getByTestId('admin-back').click();
  await openTile(page, 'audit');
  await expect(
    page
      .getByTestId('audit-row')
      .filter({ hasText: /export/i })
      .first(),
  ).toBeVisible();
});

test('a custom range that ends before it starts cannot be exported', async ({ page, kiosk }) => {
  await signIn(page, kiosk.url, ADMIN_PIN);
  await openTile(page, 'export');
  await page.getByTestId('export-preset-custom').click();
  await page.getByTestId('export-from').fill('2026-03-10');
  await page.getByTestId('export-to').fill('2026-03-01');
  await expect(page.getByTestId('export-start')).toBeDisabled();
});

test('an Excel workbook from the Export screen: one .xlsx beside the audit file, its SHA-256 and rows as the summary says', async ({
  page,
  kiosk,
  usb,
}) => {
  const folder = await exportToday(page, kiosk.url, usb, 'xlsx');
  const names = await page.getByTestId('export-file').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  expect(names.map((n) => n.replace(/^.*_/, ''))).toEqual(expect.arrayContaining([expect.stringMatching(/\.xlsx$/), 'audit.csv']));
  const workbook = page.getByTestId('export-file').filter({ hasText: '.xlsx' });
  const name = (await workbook.getAttribute('data-name')) ?? '';
  const bytes = fs.readFileSync(path.join(folder, name));
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(sha256(bytes)).toBe(await workbook.getAttribute('data-sha256'));
  // The visit on the Visits sheet, its events, the day on Daily, the Summary's figures.
  expect(Number(await workbook.getAttribute('data-rows'))).toBeGreaterThan(2);
});
