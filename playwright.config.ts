import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

/** Specs whose pass mark is a wall-clock figure of the tour itself (issue 19: the camera within 0.5 s of its cue). */
const TIMED_ALONE = '**/tour-cues.spec.ts';

/** E2E: Debian's Chromium drives the real renderer against the real web host and core. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  // In CI a failed test runs once more and, passing, is listed as flaky by name: a machine busy
  // with two browsers on two cores cost whole CI runs on one stalled frame. A real fault fails twice.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1920, height: 1080 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'kiosk', testIgnore: TIMED_ALONE },
    // Figures measured in wall time, alone on the machine: beside another worker's browser on two
    // cores the renderer's frames stalled up to 0.7 s, and a 0.5 s arrival measured 1.5 s late.
    { name: 'timed-alone', testMatch: TIMED_ALONE, dependencies: ['kiosk'], workers: 1 },
  ],
});
