/** The closed card for `npm run screenshots`: a kiosk with opening hours, its page clock set to a Thursday evening. */
import type { Browser } from '@playwright/test';
import { startKiosk, type KioskProcess } from './web-host-process';

/** A kiosk open 09:00–17:00, Saturday 10:00–20:00, closed on Monday. */
export const startClosedKiosk = (): Promise<KioskProcess> =>
  startKiosk({ kioskId: 'jiangbei-hall-east', openingHours: { daily: { open: '09:00', close: '17:00' }, sat: { open: '10:00', close: '20:00' }, mon: null } });

/** Writes the closed card as it shows at 20:00 on Thursday 3 December 2026 (local time). */
export const closedCardShot = async (browser: Browser, url: string, viewport: Readonly<{ width: number; height: number }>, file: string): Promise<void> => {
  const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    await page.clock.install({ time: new Date(2026, 11, 3, 20, 0) });
    await page.goto(url);
    await page.getByTestId('closed-screen').waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: file });
  } finally {
    await page.close();
  }
};
