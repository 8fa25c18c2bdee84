/** Needs the auth, USB and export backends: every signed-in admin screen through axe, both orientations. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeDeterministicZip } from '../../electron/core/packs/pack-build';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { ADMIN_PIN, expect, holdCorner, logFinishedVisit, openTile, signIn, tapPin, test } from './admin-helpers';
import { seriousViolations, targetSizes } from './tour/helpers';

test.describe.configure({ timeout: 240_000 });

type Step = Readonly<{ name: string; go: (page: Page) => Promise<void> }>;

const STEPS: readonly Step[] = [
  { name: 'home', go: async () => undefined },
  { name: 'content', go: (page) => openTile(page, 'content') },
  {
    name: 'pre-flight report',
    go: async (page) => {
      await page.getByTestId('candidate').first().click();
      await expect(page.getByTestId('preflight')).toBeVisible();
    },
  },
  {
    name: 'staged',
    go: async (page) => {
      await page.getByTestId('preflight-install').click();
      await expect(page.getByTestId('staged')).toBeVisible({ timeout: 60_000 });
    },
  },
  {
    name: 'rollback confirm',
    go: async (page) => {
      await page.getByTestId('staged-discard').click();
      await expect(page.getByTestId('content-notice')).toBeVisible();
      // Only when a previous pack exists (a fresh kiosk has only the bundled one): never wait for it.
      if (await page.getByTestId('rollback').count()) await page.getByTestId('rollback').click();
    },
  },
  {
    name: 'export',
    go: async (page) => {
      if (await page.getByTestId('confirm-cancel').count()) await page.getByTestId('confirm-cancel').click();
      await page.getByTestId('admin-back').click();
      await openTile(page, 'export');
      await page.getByTestId('export-volume').first().click();
    },
  },
  {
    name: 'export result',
    go: async (page) => {
      await page.getByTestId('export-start').click();
      await expect(page.getByTestId('export-result')).toBeVisible({ timeout: 60_000 });
    },
  },
  {
    name: 'audit',
    go: async (page) => {
      await page.getByTestId('admin-back').click();
      await openTile(page, 'audit');
    },
  },
  {
    name: 'pins',
    go: async (page) => {
      await page.getByTestId('admin-back').click();
      await openTile(page, 'pins');
    },
  },
  {
    name: 'settings, with the weekday hours',
    go: async (page) => {
      await page.getByTestId('admin-back').click();
      await openTile(page, 'settings');
      await page.getByTestId('settings-always-open').click();
      await expect(page.getByTestId('settings-day-mon')).toBeVisible();
    },
  },
];

for (const [width, height, orientation] of [
  [1920, 1080, 'landscape'],
  [1080, 1920, 'portrait'],
] as const) {
  test.describe(`${orientation} ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('every admin screen: 0 serious/critical axe violations, targets ≥ 64×64', async ({ page, kiosk, usb }) => {
      const src = path.join(usb.root, '.src');
      await writeTestPack(src, { id: 'e2e-a11y', version: '80.0.0' });
      fs.mkdirSync(path.join(usb.stick, 'kiosk-packs'));
      await writeDeterministicZip(src, path.join(usb.stick, 'kiosk-packs', 'a11y.zip'));

      await logFinishedVisit(page, kiosk.url);
      await holdCorner(page);
      await tapPin(page, '12');
      expect(await seriousViolations(page), 'PIN pad').toEqual([]);
      expect((await targetSizes(page, 64)).tooSmall, 'PIN pad').toEqual([]);
      await page.getByTestId('admin-exit').click();

      await signIn(page, kiosk.url, ADMIN_PIN);
      for (const step of STEPS) {
        await step.go(page);
        await page.waitForTimeout(400);
        expect(await seriousViolations(page), `${step.name}: axe`).toEqual([]);
        expect((await targetSizes(page, 64)).tooSmall, `${step.name}: targets`).toEqual([]);
      }
    });
  });
}
