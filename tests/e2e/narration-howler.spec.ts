import type { Page } from '@playwright/test';
import { test } from './fixtures';
import {
  expect,
  beginVisit,
  eventsOf,
  expectNarrationPlaying,
  expectNarrationsBuffered,
  openKiosk,
  recordVisitCalls,
} from './tour/helpers';

test.describe.configure({ timeout: 120_000 });

type HowlerEvent = { event: string; src: string };

/** Howler's own events as the kiosk recorded them (window.__howlerEvents), for files whose path contains `part`. */
const howlerEvents = (page: Page, part: string): Promise<string[]> =>
  page.evaluate(
    (p) =>
      ((window as unknown as { __howlerEvents?: HowlerEvent[] }).__howlerEvents ?? [])
        .filter((e) => e.src.includes(p))
        .map((e) => e.event),
    part,
  );

test("howler loads every narration and reports play, pause and end of the visitor's one", async ({ page, kiosk }) => {
  const calls = recordVisitCalls(page);
  await openKiosk(page, kiosk.url);
  await expectNarrationsBuffered(page);
  // Each of the ten files loaded through its Howl (howler's "load" after canplaythrough).
  const loads = await page.evaluate(() =>
    ((window as unknown as { __howlerEvents?: HowlerEvent[] }).__howlerEvents ?? [])
      .filter((e) => e.event === 'load')
      .map((e) => e.src.split('/').slice(-2).join('/')),
  );
  expect(new Set(loads).size).toBe(10);

  await beginVisit(page);
  await page.getByTestId('hub-tile-quality').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/quality.opus');
  await expect.poll(() => howlerEvents(page, 'zh-CN/quality.opus')).toContain('play');

  await page.getByTestId('narration-toggle').click();
  await expect.poll(() => howlerEvents(page, 'zh-CN/quality.opus')).toContain('pause');
  await expect(page.getByTestId('narration-toggle')).toHaveAccessibleName(/播放|Play/);

  // Resumed near its end: howler's "end" ends the narration for the kiosk (visit log "completed").
  await page.getByTestId('narration-toggle').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/quality.opus');
  await page.getByTestId('narration-audio').evaluate((audio: HTMLAudioElement) => {
    audio.currentTime = audio.duration - 0.5;
  });
  await expect.poll(() => howlerEvents(page, 'zh-CN/quality.opus'), { timeout: 10_000 }).toContain('end');
  await expect.poll(() => eventsOf(calls, 'narration-completed').map((e) => e.chapter)).toContain('quality');
  expect(await howlerEvents(page, 'zh-CN/quality.opus')).toEqual(['load', 'play', 'pause', 'play', 'end']);
});

test('a buffered narration starts without a seek, though howler writes its start position on every play', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  await expectNarrationsBuffered(page);
  // A seek on a media pipeline Chromium has suspended (idle 15 s) restarts it: 140 ms at 4× CPU.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('audio'))
      el.addEventListener('seeking', () => (el.dataset.seeked = String(Number(el.dataset.seeked ?? 0) + 1)));
  });
  await beginVisit(page);
  await page.getByTestId('hub-tile-hard-core').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/hard-core.opus');
  await page.getByTestId('next').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/vitality.opus');
  expect(await page.getByTestId('narration-audio').getAttribute('data-seeked')).toBeNull();
  expect(await howlerEvents(page, 'zh-CN/vitality.opus')).toContain('play');
});
