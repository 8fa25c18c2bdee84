import { test } from './fixtures';
import { beginVisit, expect, expectNarrationsBuffered, openKiosk } from './tour/helpers';

test('chapter layers are inline SVG; a layer the sanitiser refuses is still shown, as a plain image', async ({
  page,
  kiosk,
}) => {
  // The momentum chapter's river layer arrives as something that is not SVG markup.
  const PNG_1PX = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await page.route(/panoramas\/momentum\/river\.svg$/, (route) =>
    route.fulfill({ body: PNG_1PX, contentType: 'image/png' }),
  );
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-momentum').click();
  const layer = (name: string) => page.locator(`[data-testid="panorama-layer"][data-layer="${name}"]`);
  await expect(layer('mid').locator('svg path').first()).toBeAttached();
  await expect(layer('river').locator('img')).toHaveJSProperty('naturalWidth', 1);
  await expect(layer('river').locator('svg')).toHaveCount(0);
  // No id is defined twice by two layers of the screen.
  const ids = await page.locator('[data-testid="panorama-layer"] [id]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids.length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);
});

test('the next chapter mounts its scene at the stage size, and its layers arrive back to front, one per frame', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  // As a visitor finds the kiosk: its narrations buffered (loading them is main-thread work in its first seconds).
  await expectNarrationsBuffered(page);
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expect(page.locator('[data-testid="panorama-layer"][data-layer="fore"] svg')).toBeAttached();
  // Watch the vitality chapter arrive: each layer's size when it is added, and the frame its art arrives in.
  await page.evaluate(() => {
    const seen: { added: Record<string, string>; art: Array<{ layer: string; frame: number }> } = {
      added: {},
      art: [],
    };
    (window as unknown as { __scene: typeof seen }).__scene = seen;
    let frame = 0;
    const count = () => {
      frame += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const layer of node.querySelectorAll<HTMLElement>('[data-testid="panorama-layer"]'))
            if (layer.dataset.src?.includes('/vitality/')) seen.added[layer.dataset.layer ?? '?'] = layer.style.width;
          const host = node.parentElement;
          if (node.localName === 'svg' && host?.dataset.src?.includes('/vitality/'))
            seen.art.push({ layer: host.dataset.layer ?? '?', frame });
        }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('next').click();
  await expect(
    page.locator('[data-testid="panorama-layer"][data-layer="fore"][data-src*="/vitality/"] svg'),
  ).toBeAttached();
  const scene = await page.evaluate(
    () =>
      (
        window as unknown as {
          __scene: { added: Record<string, string>; art: Array<{ layer: string; frame: number }> };
        }
      ).__scene,
  );
  // Sized from the first render (the stage box is the same in every chapter), not 0 × 0 until measured.
  expect(Object.keys(scene.added)).toEqual(['sky', 'far', 'mid', 'river', 'fore']);
  for (const width of Object.values(scene.added)) expect(Number.parseFloat(width)).toBeGreaterThan(1000);
  expect(scene.art.map((entry) => entry.layer)).toEqual(['sky', 'far', 'mid', 'river', 'fore']);
  // One per frame; when frames stall past afterNextPaint's fallback (a loaded machine) two may share one,
  // but never all at once (they did: 100–200 ms of raster in one frame).
  const frames = scene.art.map((entry) => entry.frame);
  for (let i = 1; i < frames.length; i++) expect(frames[i]).toBeGreaterThanOrEqual(frames[i - 1] ?? 0);
  expect(new Set(frames).size).toBeGreaterThanOrEqual(4);
});
