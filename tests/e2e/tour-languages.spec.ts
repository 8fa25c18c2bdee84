import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from './fixtures';
import { audioState, captionText, expect, expectNarrationPlaying, openKiosk } from './tour/helpers';

test.describe.configure({ timeout: 120_000 });

/** Characters s2t changes in this chapter's captions: one of them proves the Traditional script. */
const TRADITIONAL = /[質發經濟來這國區為會與對點從產業當還實現營]/;
const SIMPLIFIED = /[质发经济来这国区为会与对点从产业当还实现营]/;

test('three languages from the pack: a switch mid-narration keeps the Mandarin voice for zh-Hant and captions follow', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk.url);
  const switchNames = page.getByTestId('attract-screen').locator('.language-switch__option');
  await expect(switchNames).toHaveText(['简体中文', '繁體中文', 'English']);
  await expect(page.getByTestId('language-zh-Hant')).toHaveAttribute('lang', 'zh-Hant');
  await page.getByTestId('language-zh-CN').click();
  await page.getByTestId('hub-tile-quality').click();
  await expectNarrationPlaying(page, 'narration/zh-CN/quality.opus');
  await expect.poll(() => captionText(page), { timeout: 30_000 }).toMatch(SIMPLIFIED);
  const before = await audioState(page);

  await page.getByTestId('language-zh-Hant').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByTestId('captions')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByTestId('chapter-keyword')).toHaveText('品質');
  // Same audio, not restarted: it kept its position and goes on playing.
  const after = await audioState(page);
  expect(after.src).toContain('narration/zh-CN/quality.opus');
  expect(after.currentTime).toBeGreaterThanOrEqual(before.currentTime);
  expect(after.paused).toBe(false);
  await expect.poll(() => captionText(page), { timeout: 30_000 }).toMatch(TRADITIONAL);
  expect(await captionText(page)).not.toMatch(SIMPLIFIED);

  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNarrationPlaying(page, 'narration/en/quality.opus');
  await expect.poll(() => captionText(page), { timeout: 30_000 }).toMatch(/[A-Za-z]{3}/);
});

for (const viewport of [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
]) {
  test(`zh-Hant screens in ${viewport.name}: Traditional text, zh-Hant lang, Noto Sans TC glyphs, 64 px switch targets`, async ({
    page,
    kiosk,
  }) => {
    await page.setViewportSize(viewport);
    await openKiosk(page, kiosk.url);
    await page.getByTestId('language-zh-Hant').click();
    await expect(page.getByTestId('hub-screen')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.getByTestId('hub-screen')).toContainText('關鍵詞');
    const switchBoxes = await page.locator('.language-switch__option').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height, text: el.textContent };
      }),
    );
    expect(switchBoxes.map((b) => b.text)).toEqual(['简体中文', '繁體中文', 'English']);
    for (const box of switchBoxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(64);
    // The Traditional face really loaded (bundled, offline) and covers what the screen shows.
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('32px "Noto Sans TC"', '五個關鍵詞')), { timeout: 15_000 })
      .toBe(true);
    const family = await page.getByTestId('hub-screen').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toMatch(/^"?Noto Sans TC/);
  });
}

test('kiosk-pack validate refuses a pack declaring a language without UI strings, by name', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-lang-'));
  try {
    fs.cpSync(path.resolve('assets/default-pack'), dir, { recursive: true });
    const file = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { languages: string[] };
    // French everywhere the pack has English (texts and narration), but no French UI strings.
    const copyEnglish = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if ('en' in record && !('fr' in record)) record.fr = record.en;
      for (const [key, child] of Object.entries(record)) if (key !== 'uiStrings') copyEnglish(child);
    };
    copyEnglish(manifest);
    manifest.languages.push('fr');
    fs.writeFileSync(file, JSON.stringify(manifest));
    let output = '';
    let failed = false;
    try {
      output = execFileSync(process.execPath, ['dist/cli/kiosk-pack.cjs', 'validate', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failed = true;
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(failed).toBe(true);
    expect(output).toMatch(/language "fr" has no visitor UI strings/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
