import { expect, test } from '@playwright/test';
import { BAD_CONFIGS } from '../fixtures/bad-configs';
import { startKiosk } from './web-host-process';

// A bad kiosk.config.json in the real browser: the bilingual card naming file, setting and fix, not a black screen.
for (const bad of BAD_CONFIGS) {
  test(`${bad.kind}: the configuration error card, in both languages`, async ({ page }) => {
    const kiosk = await startKiosk({}, undefined, bad.text);
    try {
      await page.goto(kiosk.url);
      const card = page.getByTestId('startup-fault');
      await expect(card).toBeVisible();
      await expect(card).toContainText('无法启动：配置错误');
      await expect(card).toContainText('Cannot start: configuration error');
      await expect(card).toContainText(kiosk.configFile);
      if (bad.key) await expect(card).toContainText(bad.key);
      await expect(card).toContainText(bad.key ? 'Correct or remove the setting' : 'Fix');
      await expect(card).toContainText('然后重新启动展项');
      expect(kiosk.child.exitCode).toBeNull();
    } finally {
      await kiosk.stop();
    }
  });
}
