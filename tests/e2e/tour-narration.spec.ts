import { test } from './fixtures';

test.describe.configure({ timeout: 120_000 });
import {
  expect,
  audioState,
  beginVisit,
  captionText,
  eventsOf,
  bufferedNarrations,
  CHAPTERS,
  expectNarrationPlaying,
  expectNarrationsBuffered,
  forgetBufferedNarrations,
  NARRATION_COUNT,
  openKiosk,
  recordVisitCalls,
} from './tour/helpers';

test('narration really plays on entry and captions follow it', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/hard-core.opus');
  const first = await captionText(page);
  // Seek near the second cue: the caption must change with the audio position.
  await page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
    if (el) el.currentTime = 20;
  });
  await expect.poll(() => captionText(page), { timeout: 5_000 }).not.toBe(first);
});

test('the progress line runs with the narration, stands still when it is paused, and starts over on replay', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-momentum').click();
  await expectNarrationPlaying(page, 'momentum.opus');
  // The drawn width: the bar's transform as the compositor animation has it now.
  const drawn = () =>
    page.getByTestId('narration-progress').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
  const audioFraction = () =>
    page.getByTestId('narration-audio').evaluate((audio: HTMLAudioElement) => audio.currentTime / audio.duration);
  await page.waitForTimeout(1500);
  const early = await drawn();
  await page.waitForTimeout(1500);
  const later = await drawn();
  expect(later).toBeGreaterThan(early);
  expect(Math.abs(later - (await audioFraction()))).toBeLessThan(0.02);
  // It moves in 100 ms steps, not every frame (each frame is a whole-screen draw without a GPU).
  const easing = await page
    .getByTestId('narration-progress')
    .evaluate((bar) => bar.getAnimations()[0]?.effect?.getTiming().easing ?? 'none');
  expect(easing).toMatch(/^steps\(\d+(, (jump-)?end)?\)$/);

  await page.getByTestId('narration-toggle').click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  await page.waitForTimeout(300);
  const pausedAt = await drawn();
  await page.waitForTimeout(1000);
  expect(await drawn()).toBeCloseTo(pausedAt, 4);
  expect(Math.abs(pausedAt - (await audioFraction()))).toBeLessThan(0.02);

  await page.getByTestId('narration-toggle').click();
  await page.getByTestId('narration-replay').click();
  await expect.poll(drawn, { timeout: 5_000 }).toBeLessThan(pausedAt / 2);
});

test('play/pause, replay, volume and captions toggle work and are logged', async ({ page, kiosk }) => {
  const calls = recordVisitCalls(page);
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-vitality').click();
  await expectNarrationPlaying(page, 'vitality.opus');

  await page.getByTestId('narration-toggle').click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  const pausedAt = (await audioState(page)).currentTime;
  await page.waitForTimeout(400);
  expect((await audioState(page)).currentTime).toBeCloseTo(pausedAt, 1);
  await page.getByTestId('narration-toggle').click();
  await expect.poll(async () => (await audioState(page)).currentTime).toBeGreaterThan(pausedAt + 0.2);

  await page.waitForTimeout(1000);
  const beforeReplay = (await audioState(page)).currentTime;
  await page.getByTestId('narration-replay').click();
  await expect.poll(async () => (await audioState(page)).currentTime).toBeLessThan(beforeReplay - 0.5);

  await page.getByTestId('volume-down').click();
  await expect.poll(async () => (await audioState(page)).volume).toBeCloseTo(0.6, 2);
  await page.getByTestId('volume-up').click();
  await page.getByTestId('volume-up').click();
  await expect.poll(async () => (await audioState(page)).volume).toBeCloseTo(1, 2);
  await expect(page.getByTestId('volume-up')).toBeDisabled();

  await expect(page.getByTestId('captions')).toBeVisible();
  await page.getByTestId('captions-toggle').click();
  await expect(page.getByTestId('captions')).toHaveCount(0);
  await expect(page.getByTestId('captions-toggle')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('captions-toggle').click();
  await expect(page.getByTestId('captions')).toBeVisible();

  await expect.poll(() => eventsOf(calls, 'narration-paused').length).toBeGreaterThanOrEqual(1);
  expect(eventsOf(calls, 'captions-toggled').map((e) => (e.payload as { on: boolean }).on)).toEqual([false, true]);
  for (const e of eventsOf(calls, 'narration-paused')) expect(e.chapter).toBe('vitality');
});

test('switching language during narration restarts it in the other language on the same chapter', async ({
  page,
  kiosk,
}) => {
  const calls = recordVisitCalls(page);
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-quality').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/quality.opus');
  const zhCaption = await captionText(page);
  expect(zhCaption).toMatch(/[\u4e00-\u9fff]/);
  await page.waitForTimeout(1500);

  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'quality');
  await expect(page.getByTestId('chapter-keyword')).toHaveText('Quality');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNarrationPlaying(page, 'narration/en/quality.opus');
  const enCaption = await captionText(page);
  expect(enCaption).toMatch(/[A-Za-z]{3}/);
  expect(enCaption).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(page.getByTestId('captions')).toHaveAttribute('lang', 'en');

  const changed = eventsOf(calls, 'language-changed');
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatchObject({ chapter: 'quality', payload: { from: 'zh-CN', to: 'en' } });
  const stopped = eventsOf(calls, 'narration-stopped');
  expect(stopped.length).toBeGreaterThanOrEqual(1);
  expect((stopped[0]?.payload as { positionMs: number }).positionMs).toBeGreaterThan(500);
});

test('the narration of the chapter just left stays buffered, paused and rewound: going back plays it from that element', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/hard-core.opus');
  await page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
    if (!el) return;
    el.dataset.marker = 'first';
    // "emptied" fires when a media element is unloaded (src removed, load()).
    el.addEventListener('emptied', () => (el.dataset.emptied = 'yes'));
  });
  await page.getByTestId('next').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/vitality.opus');
  const left = () =>
    page.evaluate(() => {
      const el = document.querySelector<HTMLAudioElement>('audio[data-marker="first"]');
      return el
        ? {
            src: el.getAttribute('src'),
            paused: el.paused,
            narrating: el.dataset.testid ?? null,
            emptied: el.dataset.emptied ?? 'no',
            rewound: el.currentTime === 0,
          }
        : null;
    });
  // Rewound in idle time, so going back needs no seek (slow on an idle media pipeline).
  await expect.poll(left).toEqual({
    src: expect.stringContaining('hard-core.opus'),
    paused: true,
    narrating: null,
    emptied: 'no',
    rewound: true,
  });
  await page.getByTestId('previous').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/hard-core.opus');
  expect(await left()).toMatchObject({
    src: expect.stringContaining('hard-core.opus'),
    paused: false,
    narrating: 'narration-audio',
    emptied: 'no',
  });
});

/** How many narration elements are really playing right now. */
const playingAudios = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...document.querySelectorAll('audio')].filter((el) => !el.paused).length);

for (const buffered of [true, false]) {
  test(`"next" then "hub" within one frame, ${buffered ? 'buffered' : 'not buffered'}: the hub stays silent`, async ({
    page,
    kiosk,
  }) => {
    const calls = recordVisitCalls(page);
    await openKiosk(page, kiosk.url);
    await beginVisit(page);
    await page.getByTestId('hub-tile-hard-core').click();
    await expectNarrationPlaying(page, 'narration/zh-CN/hard-core.opus');
    // Buffered, chapter 2's narration starts in the tap and the hub's stops it; not buffered, its
    // start waits for the tap's frame, by which time the visitor has left for the hub.
    if (buffered) await expectNarrationsBuffered(page);
    else await forgetBufferedNarrations(page);
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-testid="next"]')?.click();
      document.querySelector<HTMLButtonElement>('[data-testid="hub-button"]')?.click();
    });
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await playingAudios(page)).toBe(0);
    expect(eventsOf(calls, 'narration-started').map((e) => e.chapter)).not.toContain('vitality');
  });
}

test('pausing in the same frame as a chapter or language change keeps the new narration paused until resumed', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/hard-core.opus');
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('[data-testid="next"]')?.click();
    document.querySelector<HTMLButtonElement>('[data-testid="narration-toggle"]')?.click();
  });
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'vitality');
  await expect(page.getByTestId('narration-toggle')).toHaveAccessibleName(/播放|Play/);
  await page.waitForTimeout(1000);
  expect(await playingAudios(page)).toBe(0);
  expect((await audioState(page)).src).toContain('narration/zh-CN/vitality.opus');
  await page.getByTestId('narration-toggle').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/vitality.opus');
  expect(await playingAudios(page)).toBe(1);

  // Not buffered (as just after the kiosk opens): its start waits for the tap's frame, and the pause marks it.
  await forgetBufferedNarrations(page);
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('[data-testid="language-en"]')?.click();
    document.querySelector<HTMLButtonElement>('[data-testid="narration-toggle"]')?.click();
  });
  await expect(page.getByTestId('chapter-keyword')).toHaveText('Vitality');
  await expect(page.getByTestId('narration-toggle')).toHaveAccessibleName('Play');
  await page.waitForTimeout(1000);
  expect(await playingAudios(page)).toBe(0);
  expect((await audioState(page)).src).toContain('narration/en/vitality.opus');
  await page.getByTestId('narration-toggle').click();
  await expectNarrationPlaying(page, 'narration/en/vitality.opus');
});

test('every narration is buffered from the attract loop on: a tile and a language switch play from those elements, and visits add none', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  await expectNarrationsBuffered(page);
  const expected = ['en', 'zh-CN'].flatMap((language) => CHAPTERS.map((chapter) => `${language}/${chapter}.opus`));
  expect(await bufferedNarrations(page)).toEqual(expected.sort());
  // Each element marked with the file it held before the visit.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('audio'))
      el.dataset.marker = el.getAttribute('src')?.split('/').slice(-2).join('/');
  });
  const narratingMarker = () => page.getAttribute('audio[data-testid="narration-audio"]', 'data-marker');
  for (let visit = 0; visit < 2; visit++) {
    await beginVisit(page);
    await page.getByTestId('hub-tile-radiation').click();
    await expectNarrationPlaying(page, 'narration/zh-CN/radiation.opus');
    expect(await narratingMarker()).toBe('zh-CN/radiation.opus');
    await page.getByTestId('language-en').click();
    await expectNarrationPlaying(page, 'narration/en/radiation.opus');
    expect(await narratingMarker()).toBe('en/radiation.opus');
    await page.getByTestId('next').click();
    await page.getByTestId('finish').click();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  }
  expect(await page.locator('audio').count()).toBe(NARRATION_COUNT);
  expect(await playingAudios(page)).toBe(0);
});
