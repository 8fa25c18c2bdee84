import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page, type Request } from '@playwright/test';

/** `expect` with patience for a loaded CI machine (animations, audio start-up). */
export const expect = baseExpect.configure({ timeout: 15_000 });

/** A visit-log call the renderer sent (`visit:start`, `visit:event`, `visit:end`). */
export type VisitCall = Readonly<{ name: string; body: Record<string, unknown> }>;

/**
 * Records every visit:* call the page sends, in order: single calls
 * (`/api/call/<name>`) and the renderer's after-paint batches (`/api/send`).
 */
export const recordVisitCalls = (page: Page): VisitCall[] => {
  const calls: VisitCall[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST') return;
    const url = decodeURIComponent(request.url());
    const single = /\/api\/call\/(visit:[a-z]+)$/.exec(url);
    if (single?.[1]) calls.push({ name: single[1], body: request.postDataJSON() as Record<string, unknown> });
    if (!url.endsWith('/api/send')) return;
    for (const item of request.postDataJSON() as Array<{ name: string; input: Record<string, unknown> }>) {
      if (item.name.startsWith('visit:')) calls.push({ name: item.name, body: item.input });
    }
  });
  return calls;
};

/** The visit:event calls of a given type. */
export const eventsOf = (calls: readonly VisitCall[], type: string) =>
  calls.filter((c) => c.name === 'visit:event' && c.body.type === type).map((c) => c.body);

/** The five chapter ids in the seed's order. */
export const CHAPTERS = ['hard-core', 'vitality', 'momentum', 'quality', 'radiation'] as const;

/** Opens the kiosk and waits for the attract loop. */
export const openKiosk = async (page: Page, url: string) => {
  await page.goto(url);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
};

/** Taps the attract screen (in a language, or the default) and waits for the hub. */
export const beginVisit = async (page: Page, language?: 'zh-CN' | 'en') => {
  await page.getByTestId(language ? `language-${language}` : 'attract-begin').click();
  await expect(page.getByTestId('hub-screen')).toBeVisible();
};

export type AudioState = Readonly<{ paused: boolean; currentTime: number; src: string; volume: number }>;

/** The narration element's real state. */
export const audioState = (page: Page): Promise<AudioState> =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
    return {
      paused: el?.paused ?? true,
      currentTime: el?.currentTime ?? 0,
      src: el?.currentSrc ?? el?.src ?? '',
      volume: el?.volume ?? 0,
    };
  });

/** Waits until narration really plays: not paused, currentTime advancing, from `srcPart`. */
export const expectNarrationPlaying = async (page: Page, srcPart: string) => {
  await expect.poll(async () => (await audioState(page)).src, { timeout: 30_000 }).toContain(srcPart);
  await expect.poll(async () => (await audioState(page)).currentTime, { timeout: 30_000 }).toBeGreaterThan(0.2);
  const before = await audioState(page);
  expect(before.paused).toBe(false);
  await expect
    .poll(async () => (await audioState(page)).currentTime, { timeout: 15_000 })
    .toBeGreaterThan(before.currentTime + 0.2);
};

/** How many narrations the default pack has: five chapters in two languages, all kept buffered. */
export const NARRATION_COUNT = 10;

/** The audio elements' files (language/chapter.opus) that are fully buffered. */
export const bufferedNarrations = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('audio')]
      .filter((el) => el.getAttribute('src') && el.readyState === HTMLMediaElement.HAVE_ENOUGH_DATA)
      .map((el) => (el.getAttribute('src') ?? '').split('/').slice(-2).join('/'))
      .sort(),
  );

/** Waits until the kiosk has buffered every narration (it does so in idle time from the attract loop on). */
export const expectNarrationsBuffered = (page: Page) =>
  expect.poll(async () => (await bufferedNarrations(page)).length, { timeout: 30_000 }).toBe(NARRATION_COUNT);

/**
 * Empties every buffered narration but the narrating one, as just after the
 * kiosk opens: the next start loads its file, after the tap's frame. The pool
 * refills in idle time once the screen changes.
 */
export const forgetBufferedNarrations = async (page: Page) => {
  await expectNarrationsBuffered(page);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('audio')) {
      if (el.dataset.testid) continue;
      el.removeAttribute('src');
      el.load();
    }
  });
};

/** Waits for a caption line and returns its text. */
export const captionText = async (page: Page): Promise<string> => {
  const line = page.getByTestId('caption-line');
  await expect(line).toBeVisible({ timeout: 30_000 });
  return (await line.textContent()) ?? '';
};

/** Runs axe on the page; returns serious and critical violations (id: targets). */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
};

export type TargetReport = Readonly<{
  count: number;
  smallest: { name: string; width: number; height: number } | null;
  tooSmall: string[];
}>;

/** Measures every visible button / link / [role=button] inside the viewport. */
export const targetSizes = (page: Page, minimum = 44): Promise<TargetReport> =>
  page.evaluate((min) => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const found: Array<{ name: string; width: number; height: number }> = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], [role="button"]')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      if (r.right <= 0 || r.bottom <= 0 || r.left >= vw || r.top >= vh) continue; // off-screen (panned away)
      const clip = el.closest('.panorama');
      if (clip) {
        const c = clip.getBoundingClientRect();
        if (r.right <= c.left || r.left >= c.right) continue; // clipped by the panorama stage
      }
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.dataset.testid ?? el.tagName)
        .trim()
        .slice(0, 40);
      found.push({ name, width: Math.round(r.width), height: Math.round(r.height) });
    }
    found.sort((a, b) => Math.min(a.width, a.height) - Math.min(b.width, b.height));
    return {
      count: found.length,
      smallest: found[0] ?? null,
      tooSmall: found.filter((f) => f.width < min || f.height < min).map((f) => `${f.name} ${f.width}×${f.height}`),
    };
  }, minimum);

/** translateX (px) of each panorama layer, by layer name. */
export const layerShifts = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => {
    const shifts: Record<string, number> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="panorama-layer"]')) {
      shifts[el.dataset.layer ?? '?'] = new DOMMatrixReadOnly(getComputedStyle(el).transform).m41;
    }
    return shifts;
  });

/** Drags with the mouse (a pointer) from x0 to x1 at height y, in steps, pausing before release so there is no fling. */
export const dragPanorama = async (page: Page, x0: number, x1: number, y: number, steps = 20) => {
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps });
  await page.waitForTimeout(150);
  await page.mouse.up();
};
