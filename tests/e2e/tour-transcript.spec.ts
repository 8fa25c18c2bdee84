import type { Page } from '@playwright/test';
import { test } from './fixtures';
import {
  expect,
  audioState,
  beginVisit,
  eventsOf,
  expectNarrationPlaying,
  openKiosk,
  recordVisitCalls,
  seriousViolations,
} from './tour/helpers';

test.describe.configure({ timeout: 150_000 });

/** The transcript as the visitor sees it, with the narration element's real state. */
const transcriptState = (page: Page) =>
  page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('[data-testid="transcript-sentence"]')];
    const index = items.findIndex((item) => item.getAttribute('aria-current') === 'true');
    const audio = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
    const at = (i: number) => Number(items[i]?.dataset.startMs ?? NaN) / 1000;
    const scroller = document.querySelector('[data-testid="transcript"] .dialog__body')?.getBoundingClientRect();
    const current = items[index]?.getBoundingClientRect();
    return {
      count: items.length,
      index,
      marked: items.filter((item) => item.hasAttribute('aria-current')).length,
      startS: at(index),
      nextStartS: index + 1 < items.length ? at(index + 1) : Infinity,
      currentTime: audio?.currentTime ?? NaN,
      paused: audio?.paused ?? true,
      inView: !!scroller && !!current && current.top >= scroller.top - 1 && current.bottom <= scroller.bottom + 1,
      weight: items[index] ? Number(getComputedStyle(items[index]).fontWeight) : 0,
      restWeight: items[index === 0 ? 1 : 0] ? Number(getComputedStyle(items[index === 0 ? 1 : 0]!).fontWeight) : 0,
      fontPx: items[0] ? parseFloat(getComputedStyle(items[0]).fontSize) : 0,
    };
  });

/** The marked sentence is the one the audio is in (the readout lags the audio by up to a position tick). */
const expectMarkedAtAudio = async (page: Page) => {
  const s = await transcriptState(page);
  expect(s.marked).toBe(1);
  expect(s.startS).toBeLessThanOrEqual(s.currentTime + 0.1);
  expect(s.currentTime).toBeLessThan(s.nextStartS + 0.6);
  return s;
};

const openTranscript = async (page: Page) => {
  await page.getByTestId('transcript-button').click();
  await expect(page.getByTestId('transcript')).toBeVisible();
  await expect(page.getByTestId('transcript-sentence').first()).toBeVisible();
  await page.waitForTimeout(500); // the dialog's entrance
};

/** Sets the narration element's position, as a seek from outside the kiosk's controls. */
const setAudioTime = (page: Page, seconds: number) =>
  page.evaluate((t) => {
    const el = document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]');
    if (el) el.currentTime = t;
  }, seconds);

for (const [width, height, orientation, language] of [
  [1920, 1080, 'landscape', 'zh-CN'],
  [1080, 1920, 'portrait', 'en'],
] as const) {
  test.describe(`${orientation} ${width}×${height}, ${language}`, () => {
    test.use({ viewport: { width, height } });

    test('the highlight follows the narration, a tap on a sentence plays from there, opening is logged, closing returns focus, axe is clean', async ({
      page,
      kiosk,
    }) => {
      const calls = recordVisitCalls(page);
      await openKiosk(page, kiosk.url);
      await beginVisit(page, language);
      await page.getByTestId('hub-tile-momentum').click();
      await expectNarrationPlaying(page, `narration/${language}/momentum.opus`);

      const button = page.getByTestId('transcript-button');
      await expect(button).toHaveAccessibleName(language === 'en' ? 'Transcript' : '文字稿');
      await expect(button).toContainText(language === 'en' ? 'Transcript' : '文字稿'); // its visible word
      const box = await button.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(64);
      expect(box?.height).toBeGreaterThanOrEqual(64);

      await openTranscript(page);
      const dialog = page.getByRole('dialog', { name: language === 'en' ? /^Transcript · Momentum/ : /^文字稿 · 动力/ });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible();
      const first = await expectMarkedAtAudio(page);
      expect(first.count).toBeGreaterThan(3);
      expect(first.weight).toBeGreaterThan(first.restWeight); // not by colour alone

      // The narration runs on: the mark moves to the next sentence with the audio, and stays in view.
      await expect.poll(async () => (await transcriptState(page)).index, { timeout: 20_000 }).toBeGreaterThan(first.index);
      const later = await expectMarkedAtAudio(page);
      expect(later.inView).toBe(true);

      // A tap on a sentence further on plays the narration from its start.
      const target = later.count - 2;
      const sentence = page.getByTestId('transcript-sentence').nth(target);
      const startS = Number(await sentence.getAttribute('data-start-ms')) / 1000;
      await sentence.click();
      await expect.poll(async () => (await transcriptState(page)).index).toBe(target);
      // howler pauses a playing sound to seek it and plays again once the new place has buffered
      // (canplaythrough): on a busy machine the mark moves first and the sound follows.
      await expect.poll(async () => (await audioState(page)).paused).toBe(false);
      const after = await audioState(page);
      expect(after.currentTime).toBeGreaterThanOrEqual(startS - 0.05);
      expect(after.currentTime).toBeLessThan(startS + 1.5);
      await expect.poll(async () => (await audioState(page)).currentTime).toBeGreaterThan(after.currentTime + 0.2);
      await expectMarkedAtAudio(page);

      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByTestId('dialog-close').click();
      await expect(page.getByTestId('transcript')).toHaveCount(0);
      await expect(button).toBeFocused();
      const opened = eventsOf(calls, 'transcript-opened');
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({ chapter: 'momentum', payload: {} });
    });

    test('paused, muted and in large text: the mark shows the paused place, a tap plays from a sentence and the mark follows', async ({
      page,
      kiosk,
    }) => {
      await openKiosk(page, kiosk.url);
      await beginVisit(page, language);
      await page.getByTestId('large-text-toggle').click();
      await page.getByTestId('hub-tile-hard-core').click();
      await expectNarrationPlaying(page, `narration/${language}/hard-core.opus`);
      for (let i = 0; i < 4; i++) await page.getByTestId('volume-down').click();
      await expect.poll(async () => (await audioState(page)).volume).toBe(0);
      await setAudioTime(page, 20);
      await page.getByTestId('narration-toggle').click();
      await expect.poll(async () => (await audioState(page)).paused).toBe(true);

      await openTranscript(page);
      const paused = await expectMarkedAtAudio(page);
      expect(paused.index).toBeGreaterThan(0);
      expect(paused.inView).toBe(true);
      expect(paused.fontPx).toBeGreaterThanOrEqual(30 * 1.25); // the large text's scale reaches the transcript
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="transcript-sentence"]')].filter(
          (item) => item.scrollWidth > item.clientWidth + 1,
        ).length,
      );
      expect(overflowing).toBe(0);
      const dialogBox = await page.getByTestId('transcript').boundingBox();
      expect(dialogBox && dialogBox.y >= 0 && dialogBox.y + dialogBox.height <= height).toBe(true);
      await page.waitForTimeout(600);
      expect((await transcriptState(page)).index).toBe(paused.index); // paused: it stays

      const target = paused.count - 2;
      const sentence = page.getByTestId('transcript-sentence').nth(target);
      const startS = Number(await sentence.getAttribute('data-start-ms')) / 1000;
      await sentence.click();
      await expect.poll(async () => (await audioState(page)).paused).toBe(false);
      const after = await audioState(page);
      expect(after.currentTime).toBeGreaterThanOrEqual(startS - 0.05);
      expect(after.currentTime).toBeLessThan(startS + 1.5);
      expect(after.volume).toBe(0);
      await expect.poll(async () => (await transcriptState(page)).index, { timeout: 30_000 }).toBe(target + 1);
      await expectMarkedAtAudio(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

/**
 * The positions the transcript's scroller passes through while the mark jumps
 * from an early sentence to the last one: where it stood, and each scroll event's scrollTop.
 */
const scrollsToLast = async (page: Page): Promise<{ from: number; seen: number[] }> => {
  const from = await page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="transcript"] .dialog__body');
    if (!scroller) throw new Error('no transcript');
    window.__transcriptScrolls = [];
    scroller.addEventListener('scroll', () => window.__transcriptScrolls?.push(scroller.scrollTop));
    return scroller.scrollTop;
  });
  const lastStart = Number(await page.getByTestId('transcript-sentence').last().getAttribute('data-start-ms')) / 1000;
  await setAudioTime(page, lastStart + 0.3);
  const state = await transcriptState(page);
  await expect.poll(async () => (await transcriptState(page)).index, { timeout: 10_000 }).toBe(state.count - 1);
  await expect.poll(async () => (await transcriptState(page)).inView, { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(1000);
  return { from, seen: await page.evaluate(() => window.__transcriptScrolls ?? []) };
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a global needs interface merging
  interface Window {
    __transcriptScrolls?: number[];
  }
}

for (const reduced of [false, true]) {
  test(`the marked sentence is kept in view: ${reduced ? 'at once for reduced motion' : 'by a smooth scroll'}`, async ({
    page,
    kiosk,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
    await openKiosk(page, kiosk.url);
    await beginVisit(page, 'en');
    await page.getByTestId('large-text-toggle').click(); // long enough to scroll in landscape
    await page.getByTestId('hub-tile-vitality').click();
    await expectNarrationPlaying(page, 'narration/en/vitality.opus');
    await openTranscript(page);
    const { from, seen } = await scrollsToLast(page);
    const to = seen.at(-1) ?? from;
    expect(to).toBeGreaterThan(from + 100); // the last sentence was out of view: it scrolled
    const between = seen.filter((top) => top > from + 1 && top < to - 1);
    // Smoothly: it passes places on the way; reduced motion: it is there in one step.
    if (reduced) expect(between).toEqual([]);
    else expect(between.length).toBeGreaterThan(0);
  });
}
