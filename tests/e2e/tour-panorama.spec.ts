import { test } from './fixtures';

test.describe.configure({ timeout: 120_000 });
import { expect, beginVisit, dragPanorama, eventsOf, layerShifts, openKiosk, recordVisitCalls } from './tour/helpers';
import { bringMarkerIntoView, centreOf, coveredPoints, tapArea } from './tour/hotspots';
import { fullWidthPunctuation } from '../../renderer/content/zh-set';
import type { Page } from '@playwright/test';

type PackHotspot = { id: string; fact: { title: Record<string, string>; source: string } };

/** The active pack's chapters and hotspots, as the renderer reads them. */
const activeChapters = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/call/content:active', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const answer = (await response.json()) as {
      value: { manifest: { chapters: Array<{ id: string; hotspots: PackHotspot[] }> } };
    };
    return answer.value.manifest.chapters;
  });

/** Goes to chapter `index` (0-based) with the progress dots. */
const goToChapter = async (page: Page, index: number, id: string) => {
  await page.getByTestId(`progress-step-${index + 1}`).click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', id);
  await expect(page.getByTestId('panorama-layer').first()).toBeVisible();
};

/**
 * Waits for a caption of two lines (the tallest the captions box gets, reaching up over
 * the lower markers) and pauses narration so it stays on screen. Since cues were split to
 * at most two short lines, a chapter may show no two-line cue in landscape: then the
 * tallest it shows, one line, is held instead.
 */
const holdTwoLineCaption = async (page: Page) => {
  const line = page.getByTestId('caption-line');
  const toggle = page.getByTestId('narration-toggle');
  const lineHeight = async () => ((await line.count()) > 0 ? ((await line.boundingBox())?.height ?? 0) : 0);
  for (const [minHeight, waitMs] of [
    [100, 40_000],
    [0, 30_000],
  ] as const) {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) await toggle.click(); // the cue changed under the pause: play on, try again
      const seen = await expect
        .poll(lineHeight, { timeout: waitMs })
        .toBeGreaterThan(minHeight)
        .then(
          () => true,
          () => false,
        );
      if (!seen) break;
      await toggle.click();
      await page.waitForTimeout(500); // a cue ending right then has gone by now
      if ((await lineHeight()) > minHeight) return;
    }
  }
  throw new Error('no caption held on screen');
};

const openChapter = async (page: Page, url: string, id: string) => {
  await openKiosk(page, url);
  await beginVisit(page);
  await page.getByTestId(`hub-tile-${id}`).click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', id);
  await expect(page.getByTestId('panorama-layer').first()).toBeVisible();
};

test('dragging the panorama moves its layers by different amounts per depth, and is logged', async ({
  page,
  kiosk,
}) => {
  const calls = recordVisitCalls(page);
  await openChapter(page, kiosk.url, 'hard-core');
  const stage = await page.getByTestId('panorama').boundingBox();
  if (!stage) throw new Error('no panorama');
  const y = stage.y + stage.height * 0.8;
  const before = await layerShifts(page);
  await dragPanorama(page, stage.x + stage.width * 0.8, stage.x + stage.width * 0.3, y);
  const after = await layerShifts(page);
  const moved = Object.fromEntries(
    Object.keys(before).map((name) => [name, Math.abs((after[name] ?? 0) - (before[name] ?? 0))]),
  );
  expect(Object.keys(moved)).toEqual(['sky', 'far', 'mid', 'river', 'fore']);
  expect(moved.mid).toBeGreaterThan(stage.width * 0.4);
  expect(moved.sky).toBeLessThan(moved.far ?? 0);
  expect(moved.far).toBeLessThan(moved.mid ?? 0);
  expect(moved.mid).toBeLessThan(moved.fore ?? 0);
  for (const name of Object.keys(after)) expect(after[name]).toBeLessThanOrEqual(0);

  await expect.poll(() => eventsOf(calls, 'panorama-dragged').length).toBe(1);
  const drag = eventsOf(calls, 'panorama-dragged')[0];
  expect(drag).toMatchObject({ chapter: 'hard-core' });
  expect((drag?.payload as { distancePx: number }).distancePx).toBeGreaterThan(stage.width * 0.4);
  expect((drag?.payload as { durationMs: number }).durationMs).toBeGreaterThan(0);
});

test('a second finger does not pan', async ({ page, kiosk }) => {
  const calls = recordVisitCalls(page);
  await openChapter(page, kiosk.url, 'hard-core');
  const stage = await page.getByTestId('panorama').boundingBox();
  if (!stage) throw new Error('no panorama');
  const y = stage.y + stage.height * 0.8;
  // Two touches: the first pans, the second (non-primary) pointer is ignored.
  const before = await layerShifts(page);
  await page.evaluate(
    ({ x, y }) => {
      const el = document.querySelector('[data-testid="panorama"]');
      if (!el) return;
      const fire = (type: string, id: number, primary: boolean, cx: number) =>
        el.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            isPrimary: primary,
            clientX: cx,
            clientY: y,
            bubbles: true,
            pointerType: 'touch',
          }),
        );
      fire('pointerdown', 11, false, x);
      for (let i = 1; i <= 10; i++) fire('pointermove', 11, false, x - i * 40);
      fire('pointerup', 11, false, x - 400);
    },
    { x: stage.x + stage.width * 0.7, y },
  );
  const after = await layerShifts(page);
  expect(Math.abs((after.mid ?? 0) - (before.mid ?? 0))).toBeLessThan(5);
  expect(eventsOf(calls, 'panorama-dragged')).toHaveLength(0);
});

test('every hotspot opens its fact card when tapped on the panorama and from the facts list; a tap is not a drag', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(600_000);
  const calls = recordVisitCalls(page);
  await openChapter(page, kiosk.url, 'hard-core');
  const chapters = await activeChapters(page);
  let drags = 0;
  for (const [index, chapter] of chapters.entries()) {
    if (index > 0) await goToChapter(page, index, chapter.id);
    for (const hotspot of chapter.hotspots) {
      // What a visitor does: drag the scene until the marker is in view, then tap its centre.
      const centre = await bringMarkerIntoView(page, `hotspot-${hotspot.id}`);
      drags += centre.drags;
      await page.mouse.click(centre.x, centre.y);
      const card = page.getByTestId('fact-card');
      await expect(card, `tap on ${hotspot.id}`).toBeVisible();
      await expect(card.getByRole('heading')).toHaveText(hotspot.fact.title['zh-CN'] ?? '');
      await expect(card.getByTestId('fact-source')).toContainText('来源 / Source');
      // Stored verbatim; shown with Chinese full-width punctuation.
      await expect(card.getByTestId('fact-source')).toContainText(fullWidthPunctuation(hotspot.fact.source));
      await expect(card.getByTestId('dialog-close')).toBeFocused();
      await card.getByTestId('dialog-close').click();
      await expect(card).toHaveCount(0);
    }
    await page.getByTestId('facts-list-button').click();
    await expect(page.getByTestId('facts-list')).toBeVisible();
    await expect(page.getByTestId('facts-list').getByRole('button', { name: /./ })).toHaveCount(
      chapter.hotspots.length + 1,
    );
    for (const hotspot of chapter.hotspots) {
      if (!(await page.getByTestId('facts-list').isVisible())) await page.getByTestId('facts-list-button').click();
      await page.getByTestId(`facts-list-item-${hotspot.id}`).click();
      await expect(page.getByTestId('fact-card')).toContainText(hotspot.fact.title['zh-CN'] ?? '');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('fact-card')).toHaveCount(0);
    }
    const list = page.getByTestId('facts-list');
    if (await list.isVisible()) await list.getByTestId('dialog-close').click();
  }
  const opened = eventsOf(calls, 'hotspot-opened');
  const total = chapters.reduce((n, c) => n + c.hotspots.length, 0);
  expect(opened.filter((e) => (e.payload as { via: string }).via === 'panorama')).toHaveLength(total);
  expect(opened.filter((e) => (e.payload as { via: string }).via === 'list')).toHaveLength(total);
  // Every drag was logged as one; no tap on a marker was.
  await expect.poll(() => eventsOf(calls, 'panorama-dragged').length).toBe(drags);
});

test('a hotspot marker is a button: focus + Enter opens its card, closing returns focus to it', async ({
  page,
  kiosk,
}) => {
  const calls = recordVisitCalls(page);
  await openChapter(page, kiosk.url, 'hard-core');
  const marker = page.getByTestId('hotspot-ifc-tower');
  await bringMarkerIntoView(page, 'hotspot-ifc-tower');
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fact-card')).toBeVisible();
  await expect(page.getByTestId('fact-card').getByTestId('dialog-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fact-card')).toHaveCount(0);
  await expect(marker).toBeFocused();
  await expect
    .poll(() => eventsOf(calls, 'hotspot-opened').map((e) => e.payload))
    .toEqual([{ hotspotId: 'ifc-tower', via: 'panorama' }]);
});

test('no hotspot marker is covered: each one, dragged into view, is what sits at its centre and ring, captions showing', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(600_000);
  await openChapter(page, kiosk.url, 'hard-core');
  const chapters = await activeChapters(page);
  const covered: string[] = [];
  for (const [index, chapter] of chapters.entries()) {
    if (index > 0) await goToChapter(page, index, chapter.id);
    await holdTwoLineCaption(page);
    for (const hotspot of chapter.hotspots) {
      await bringMarkerIntoView(page, `hotspot-${hotspot.id}`);
      covered.push(...(await coveredPoints(page, `hotspot-${hotspot.id}`)));
    }
  }
  expect(covered).toEqual([]);
});

test('tabbing to a marker outside the visible scene pans the scene to it', async ({ page, kiosk }) => {
  await openChapter(page, kiosk.url, 'vitality');
  const id = 'hotspot-beibin-night'; // far right of the panorama: off the stage at the opening pan
  const area = await tapArea(page);
  const before = await centreOf(page, id);
  expect(before.x > area.right || before.x < area.left).toBe(true);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByTestId(id).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByTestId(id)).toBeFocused();
  const after = await centreOf(page, id);
  expect(after.x).toBeGreaterThan(area.left + 40);
  expect(after.x).toBeLessThan(area.right - 40);
});
