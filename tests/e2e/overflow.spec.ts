import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { expect, beginVisit, openKiosk } from './tour/helpers';
import { overflowFaults } from './tour/overflow-probe';

test.describe.configure({ timeout: 180_000 });

/**
 * Buttons that touch or overlap: side by side in one row, closer than
 * MIN_GAP_PX. A visitor's finger needs the gap to tell them apart. A segmented
 * control (SEGMENTED) counts as one button: its segments sit together on purpose.
 */
const MIN_GAP_PX = 8;
const SEGMENTED = '.language-switch, .chapter-progress__list';
const touchingButtons = (page: Page): Promise<string[]> =>
  page.evaluate(
    ([minGap, segmented]) => {
      const faults: string[] = [];
      const screen = document.querySelector('.screen') ?? document.body;
      const units = [...screen.querySelectorAll<HTMLElement>('button')].map(
        (b) => b.closest<HTMLElement>(segmented) ?? b,
      );
      const buttons = [...new Set(units)]
        .map((button) => ({ button, rect: button.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0)
        // A marker an edge arrow counts is hidden and takes no taps (panorama-aids.css): no finger reaches it.
        .filter(({ button }) => getComputedStyle(button).pointerEvents !== 'none');
      const label = (button: HTMLElement) => button.dataset.testid ?? button.className;
      for (const [i, a] of buttons.entries()) {
        for (const b of buttons.slice(i + 1)) {
          const sameRow = a.rect.top < b.rect.bottom && b.rect.top < a.rect.bottom;
          const gap = Math.max(b.rect.left - a.rect.right, a.rect.left - b.rect.right);
          if (sameRow && gap < minGap)
            faults.push(`${label(a.button)} and ${label(b.button)} are ${Math.round(gap)} px apart`);
        }
      }
      return faults;
    },
    [MIN_GAP_PX, SEGMENTED] as const,
  );

/** Waits for a screen, lets its rise-ins finish, and collects what does not fit, tagged with the screen. */
const check = async (page: Page, screen: string, testId: string, faults: string[]) => {
  await expect(page.getByTestId(testId).first()).toBeVisible();
  // The rise-ins (translate + fade) last under a second; a moving line would be measured mid-flight.
  await page.waitForTimeout(1200);
  for (const fault of [...(await overflowFaults(page)), ...(await touchingButtons(page))])
    faults.push(`${screen}: ${fault}`);
};

const ORIENTATIONS = [
  ['landscape', { width: 1920, height: 1080 }],
  ['portrait', { width: 1080, height: 1920 }],
] as const;

for (const [orientation, viewport] of ORIENTATIONS) {
  for (const language of ['zh-CN', 'en'] as const) {
    for (const large of [false, true]) {
      test(`no text overflows its box, ${orientation}, ${language}${large ? ', large text' : ''}`, async ({
        page,
        kiosk,
      }) => {
        await page.setViewportSize(viewport);
        const faults: string[] = [];
        await openKiosk(page, kiosk.url);
        // The attract loop has no large-text switch (it comes with the visit's top bar).
        if (!large) await check(page, 'attract', 'attract-screen', faults);
        await beginVisit(page, language);
        if (large) await page.getByTestId('large-text-toggle').click();
        await check(page, 'hub', 'hub-screen', faults);
        await page.getByTestId('hub-tile-hard-core').click();
        for (let chapter = 1; chapter <= 5; chapter++) {
          await check(page, `chapter ${chapter}`, 'chapter-screen', faults);
          await page.getByTestId('next').click();
        }
        await check(page, 'end', 'end-screen', faults);
        expect(faults).toEqual([]);
      });
    }
  }
}
