import fs from 'node:fs';
import path from 'node:path';
import { test } from './fixtures';
import { beginVisit, expect, openKiosk } from './tour/helpers';

test('CSS animation and transition events stop at the window: React never dispatches them', async ({ page, kiosk }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { animationEventsSeen: string[] }).animationEventsSeen = seen;
    for (const type of ['animationstart', 'animationend', 'transitionrun', 'transitionend']) {
      document.addEventListener(type, () => seen.push(type), { capture: true });
    }
  });
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  // The hub's tiles really rise in (CSS animations run; only their events are stopped).
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSAnimation).length))
    .toBeGreaterThan(0);
  await page.getByTestId('hub-tile-hard-core').click();
  await expect(page.getByTestId('chapter-screen')).toBeVisible();
  await page.getByTestId('captions-toggle').click();
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(() => (window as unknown as { animationEventsSeen: string[] }).animationEventsSeen);
  expect(seen).toEqual([]);
});

test("while the attract loop plays, the font subsets of every chapter's words are loaded ahead of need", async ({
  page,
  kiosk,
}) => {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/default-pack/manifest.json'), 'utf8'),
  ) as {
    chapters: Array<{ body: Record<string, string>; hotspots: Array<{ fact: { text: Record<string, string> } }> }>;
  };
  const last = manifest.chapters[manifest.chapters.length - 1];
  const unseen = [last?.body['zh-CN'] ?? '', ...(last?.hotspots ?? []).map((h) => h.fact.text['zh-CN'] ?? '')].join('');
  expect(unseen.length).toBeGreaterThan(50);
  await openKiosk(page, kiosk.url);
  // Nothing on the attract screen shows chapter 5's text; only the preload can have loaded its subsets.
  const ready = (weight: number) =>
    page.evaluate(([w, text]) => document.fonts.check(`${w} 16px "Noto Sans SC"`, text), [weight, unseen] as const);
  await expect.poll(() => ready(400), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => ready(700), { timeout: 20_000 }).toBe(true);
});
