/** The printable report from the Export screen, through the web host and its headless Chromium (report:pdf). */
import fs from 'node:fs';
import path from 'node:path';
import { poppler } from '../fixtures/poppler';
import { ADMIN_PIN, expect, logFinishedVisit, openTile, signIn, test } from './admin-helpers';

test.describe.configure({ timeout: 180_000 });
// As root the web host prints as SUDO_USER with Chromium's sandbox on (never --no-sandbox): here, nobody.
if (process.getuid?.() === 0) process.env.SUDO_USER ??= 'nobody';

test('Save report (PDF) writes a one-page A4 report of the range, in the chosen language, beside the export', async ({ page, kiosk, usb }) => {
  await logFinishedVisit(page, kiosk.url);

  await signIn(page, kiosk.url, ADMIN_PIN);
  await openTile(page, 'export');
  await page.getByTestId('export-preset-today').click();
  await expect(page.getByTestId('report-save')).toBeDisabled();
  // The report stands apart from the export above it, and its lead from the language choice.
  const box = async (testId: string) => (await page.getByTestId(testId).boundingBox())!;
  const [section, lead, choice, exportStart] = await Promise.all(['report-pdf', 'report-lead', 'report-language', 'export-start'].map(box));
  expect(section!.y - (exportStart!.y + exportStart!.height)).toBeGreaterThanOrEqual(40);
  expect(choice!.y - (lead!.y + lead!.height)).toBeGreaterThanOrEqual(16);
  await page.getByTestId('export-volume').filter({ hasText: usb.label }).click();
  await page.getByTestId('report-language-en').click();
  await page.getByTestId('report-save').click();
  await expect(page.getByTestId('report-saved')).toBeVisible({ timeout: 60_000 });

  const pdfs = fs.readdirSync(usb.stick).filter((n) => n.startsWith('changjiahui-report_') && n.endsWith('_en.pdf'));
  expect(pdfs).toHaveLength(1);
  const file = path.join(usb.stick, pdfs[0]!);
  await expect(page.getByTestId('report-saved')).toContainText(pdfs[0]!);
  expect(poppler('pdfinfo', [file])).toMatch(/^Pages:\s+1$/m);
  const text = poppler('pdftotext', ['-layout', file, '-']);
  expect(text).toContain('Showroom visit report');
  // The one visit above, started and finished today.
  expect(text).toMatch(/Started\s+1 · 100 %/);
  expect(text).toMatch(/Finished\s+1\s+100 %/);
  expect(fs.readdirSync(usb.stick).filter((n) => n.endsWith('.partial'))).toEqual([]);
});
