import { test as base } from '@playwright/test';
import { startKiosk, type KioskProcess } from './web-host-process';

type KioskFixtures = {
  /** Settings for this test's kiosk (override with test.use({ kioskSettings: {...} })). */
  kioskSettings: Record<string, unknown>;
  /** A web host on a fresh data dir; its log is attached when the test fails. */
  kiosk: KioskProcess;
};

/** Playwright `test` with a fresh kiosk per test. */
export const test = base.extend<KioskFixtures>({
  kioskSettings: [{}, { option: true }],
  kiosk: async ({ kioskSettings }, use, testInfo) => {
    const kiosk = await startKiosk(kioskSettings);
    await use(kiosk);
    await kiosk.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('kiosk-log', { body: kiosk.logText(), contentType: 'text/plain' });
    }
  },
});

export { expect } from '@playwright/test';
