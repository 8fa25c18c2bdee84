import { test } from './fixtures';

test.describe.configure({ timeout: 120_000 });
import {
  expect,
  beginVisit,
  captionText,
  CHAPTERS,
  eventsOf,
  expectNarrationPlaying,
  openKiosk,
  recordVisitCalls,
} from './tour/helpers';

const KEYWORDS = {
  'zh-CN': ['硬核', '活力', '动力', '品质', '辐射'],
  en: ['Hard core', 'Vitality', 'Momentum', 'Quality', 'Radiation'],
} as const;

for (const language of ['zh-CN', 'en'] as const) {
  test(`full tour in ${language}: attract → hub → five chapters → end card → finish → attract`, async ({
    page,
    kiosk,
  }) => {
    test.setTimeout(120_000);
    const calls = recordVisitCalls(page);
    await openKiosk(page, kiosk.url);
    await expect(page.getByTestId('kiosk-info')).toContainText('kiosk-01');
    await beginVisit(page, language === 'en' ? 'en' : undefined);
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-Hans');

    // The hub shows the five keywords in the seed's order, and the introduction.
    const tiles = page.locator('[data-testid^="hub-tile-"]');
    await expect(tiles).toHaveCount(5);
    for (const [i, keyword] of KEYWORDS[language].entries()) await expect(tiles.nth(i)).toContainText(keyword);
    await expect(page.locator('.hub__title')).not.toBeEmpty();

    await page.getByTestId('hub-tile-hard-core').click();
    for (const [i, id] of CHAPTERS.entries()) {
      const screen = page.getByTestId('chapter-screen');
      await expect(screen).toHaveAttribute('data-chapter', id);
      await expect(page.getByTestId('chapter-keyword')).toHaveText(KEYWORDS[language][i] ?? '');
      await expect(page.getByTestId(`progress-step-${i + 1}`)).toHaveAttribute('aria-current', 'step');
      await expect(page.getByTestId('key-figure').first()).toBeVisible();
      await expectNarrationPlaying(page, `narration/${language}/${id}.opus`);
      expect(await captionText(page)).not.toBe('');
      await page.getByTestId('next').click();
    }

    await expect(page.getByTestId('end-screen')).toBeVisible();
    await page.getByTestId('finish').click();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');

    await expect.poll(() => calls.some((c) => c.name === 'visit:end')).toBe(true);
    const start = calls.find((c) => c.name === 'visit:start');
    expect(start?.body).toMatchObject({ language, packId: 'changjiahui-default' });
    const visitId = start?.body.visitId;
    const end = calls.find((c) => c.name === 'visit:end');
    expect(end?.body).toMatchObject({ visitId, reason: 'finish' });
    expect(eventsOf(calls, 'chapter-opened').map((e) => e.chapter)).toEqual([...CHAPTERS]);
    const closed = eventsOf(calls, 'chapter-closed');
    expect(closed.map((e) => e.chapter)).toEqual([...CHAPTERS]);
    for (const e of closed) expect((e.payload as { dwellMs: number }).dwellMs).toBeGreaterThan(0);
    expect(eventsOf(calls, 'narration-started').length).toBeGreaterThanOrEqual(5);
    expect(eventsOf(calls, 'narration-stopped').length).toBeGreaterThanOrEqual(5);
    const seqs = calls.filter((c) => c.name === 'visit:event').map((c) => c.body.seq as number);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    for (const c of calls.filter((c) => c.name === 'visit:event')) expect(c.body.visitId).toBe(visitId);
  });
}

test('previous, hub and progress steps navigate; the audio stops when leaving a chapter', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk.url);
  await beginVisit(page);
  await page.getByTestId('hub-tile-momentum').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'momentum');
  await page.getByTestId('previous').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'vitality');
  await page.getByTestId('progress-step-5').click();
  await expect(page.getByTestId('chapter-screen')).toHaveAttribute('data-chapter', 'radiation');
  await expectNarrationPlaying(page, 'radiation.opus');
  await page.getByTestId('hub-button').click();
  await expect(page.getByTestId('hub-screen')).toBeVisible();
  const paused = await page.evaluate(
    () => document.querySelector<HTMLAudioElement>('[data-testid="narration-audio"]')?.paused,
  );
  expect(paused).toBe(true);
});
