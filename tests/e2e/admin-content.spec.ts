/** Needs the auth and USB backends (admin:*, packs:candidates/preflight/stage/activate/discard, content:preview). */
import fs from 'node:fs';
import path from 'node:path';
import { writeDeterministicZip } from '../../electron/core/packs/pack-build';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { ADMIN_PIN, STAFF_PIN, callWith, expect, openTile, signIn, test } from './admin-helpers';
import { recordVisitCalls } from './tour/helpers';

test.describe.configure({ timeout: 180_000 });

const REPORT = 'changjiahui-kiosk-report.txt';

/** Writes a test pack as a zip into the stick's kiosk-packs folder (or its top level). */
const putPack = async (stick: string, name: string, version: string, where: 'kiosk-packs' | 'top' = 'kiosk-packs') => {
  const folder = path.join(path.dirname(stick), `.src-${name}`);
  await writeTestPack(folder, { id: 'e2e-admin', version, variant: name });
  const dir = where === 'top' ? stick : path.join(stick, 'kiosk-packs');
  fs.mkdirSync(dir, { recursive: true });
  const zip = path.join(dir, `${name}.zip`);
  await writeDeterministicZip(folder, zip);
  return { folder, zip };
};

const activeVersion = async (page: import('@playwright/test').Page, url: string) => {
  const answer = await callWith(page, url, 'content:active', {});
  return (answer.value as { manifest: { version: string } }).manifest.version;
};

test('a pack put on the stick is found, checked, staged, previewed without visits, activated and rolled back', async ({
  page,
  kiosk,
  usb,
}) => {
  const calls = recordVisitCalls(page);
  await signIn(page, kiosk.url, STAFF_PIN);
  await openTile(page, 'content');
  await expect(page.getByTestId('candidates-empty')).toBeVisible();
  const before = await activeVersion(page, kiosk.url);

  // Plugged in while the screen is open: listed by the 2 s scan.
  await putPack(usb.stick, 'spring', '70.0.0');
  const candidate = page.getByTestId('candidate').filter({ hasText: 'spring' });
  await expect(candidate).toBeVisible({ timeout: 10_000 });
  await candidate.click();

  const report = page.getByTestId('preflight');
  await expect(report).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('preflight-checks').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('preflight-changes')).toContainText('70.0.0');
  // The Chinese admin screen words the checks in Chinese and names chapters by their Chinese titles.
  await expect(page.getByTestId('preflight-checks')).toContainText('文件校验');
  await expect(page.getByTestId('preflight-checks')).not.toContainText('every file matches');
  await expect(page.getByTestId('preflight-changes')).toContainText('hard-core title spring (zh-CN)、vitality title spring (zh-CN)');
  await expect(page.getByTestId('preflight-warnings')).toContainText('此内容包未签名');
  await page.getByTestId('preflight-install').click();
  await expect(page.getByTestId('stage-progress').or(page.getByTestId('staged'))).toBeVisible();
  await expect(page.getByTestId('staged')).toBeVisible({ timeout: 60_000 });
  expect(await activeVersion(page, kiosk.url)).toBe(before); // staged is not active

  // Preview: the staged pack's own screens, walked by touch; no visit logged.
  await page.getByTestId('staged-preview').click();
  await expect(page.getByTestId('admin-preview')).toBeVisible();
  await expect(page.getByTestId('hub-screen')).toBeVisible();
  // Its media come from the staged pack, not the active one.
  const staged = page.getByTestId('admin-preview').locator('[src*="e2e-admin@70.0.0"], [data-src*="e2e-admin@70.0.0"]');
  await expect(staged.first()).toBeAttached();
  await page.getByTestId('hub-tile-hard-core').click();
  await expect(page.getByTestId('chapter-screen')).toBeVisible();
  await page.getByTestId('next').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'vitality');
  await page.getByTestId('preview-end').click();
  await expect(page.getByTestId('staged')).toBeVisible();

  await page.getByTestId('staged-activate').click();
  await expect(page.getByTestId('content-notice')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('pack-active-key')).toHaveText('e2e-admin@70.0.0');
  expect(await activeVersion(page, kiosk.url)).toBe('70.0.0');
  expect(fs.readFileSync(path.join(usb.stick, REPORT), 'utf8')).toContain('70.0.0');

  // Rollback asks first; cancelling changes nothing.
  await page.getByTestId('rollback').click();
  await page.getByTestId('confirm-cancel').click();
  expect(await activeVersion(page, kiosk.url)).toBe('70.0.0');
  await page.getByTestId('rollback').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('content-notice')).toBeVisible();
  await expect.poll(() => activeVersion(page, kiosk.url)).toBe(before);

  await page.waitForTimeout(500);
  expect(calls).toEqual([]);
});

test('a refused pack cannot be installed, the active pack stays, and the stick gets a report', async ({
  page,
  kiosk,
  usb,
}) => {
  const { zip, folder } = await putPack(usb.stick, 'broken', '71.0.0', 'top');
  fs.appendFileSync(path.join(folder, 'narration/en/quality.wav'), Buffer.from([1]));
  await writeDeterministicZip(folder, zip);
  const before = await activeVersion(page, kiosk.url);
  await signIn(page, kiosk.url, STAFF_PIN);
  await openTile(page, 'content');
  await page.getByTestId('candidate').filter({ hasText: 'broken' }).click();
  await expect(page.getByTestId('preflight')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('preflight-refused')).toBeVisible();
  await expect(page.getByTestId('preflight-install')).toBeDisabled();
  await expect(page.getByTestId('preflight-checks')).toContainText('quality.wav');
  await expect(page.getByTestId('preflight-checks')).toContainText('未通过');
  await expect(page.getByTestId('preflight-checks')).toContainText('未执行：前面的检查未通过');
  expect(await activeVersion(page, kiosk.url)).toBe(before);
  await expect.poll(() => fs.existsSync(path.join(usb.stick, REPORT))).toBe(true);
  expect(fs.readFileSync(path.join(usb.stick, REPORT), 'utf8')).toContain('broken');
});

test('an older pack: staff are told only an admin may; an admin must confirm the downgrade', async ({
  page,
  kiosk,
  usb,
}) => {
  // Make 72.0.0 active first, then offer 71.5.0.
  const newer = await putPack(usb.stick, 'newer', '72.0.0');
  const token = await signIn(page, kiosk.url, ADMIN_PIN);
  const listed = await callWith(page, kiosk.url, 'packs:candidates', {}, token);
  const id = (listed.value as { candidates: { id: string; name: string }[] }).candidates.find((c) =>
    c.name.includes('newer'),
  )?.id;
  const staged = await callWith(page, kiosk.url, 'packs:stage', { candidateId: id }, token);
  await callWith(
    page,
    kiosk.url,
    'packs:activate',
    { stagedKey: (staged.value as { stagedKey: string }).stagedKey },
    token,
  );
  fs.rmSync(newer.zip);
  await putPack(usb.stick, 'older', '71.5.0');
  await page.getByTestId('admin-exit').click();

  await signIn(page, kiosk.url, STAFF_PIN);
  await openTile(page, 'content');
  await page.getByTestId('candidate').filter({ hasText: 'older' }).click();
  await expect(page.getByTestId('preflight-downgrade')).toBeVisible();
  await expect(page.getByTestId('preflight-install')).toBeDisabled();
  await page.getByTestId('admin-exit').click();

  await signIn(page, kiosk.url, ADMIN_PIN);
  await openTile(page, 'content');
  await page.getByTestId('candidate').filter({ hasText: 'older' }).click();
  await page.getByTestId('preflight-install').click();
  await expect(page.getByTestId('staged')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('staged-activate').click();
  await expect(page.getByTestId('downgrade-confirm')).toBeVisible();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('pack-active-key')).toHaveText('e2e-admin@71.5.0', { timeout: 60_000 });
});
