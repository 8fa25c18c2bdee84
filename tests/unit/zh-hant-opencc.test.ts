import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCnTemplates } from '../../build/zh-hant';
import { PackManifest } from '../../electron/shared/content-pack';
import { isCi } from '../fixtures/seed-article';

/**
 * The default pack's zh-Hant words against an independent OpenCC: Debian's `opencc` CLI (C++,
 * its own dictionaries) with s2t.json must turn the pack's zh-CN texts, captions and UI strings
 * into exactly the zh-Hant the build made with opencc-js. On CI the CLI is installed (.ci/run)
 * and the test must run; elsewhere it is skipped when the binary is missing.
 */
const packDir = path.resolve(import.meta.dirname, '../../assets/default-pack');
const manifest = PackManifest.parse(JSON.parse(readFileSync(path.join(packDir, 'manifest.json'), 'utf8')));
const hasCli = spawnSync('opencc', ['--version']).error === undefined;
/**
 * The one place the two OpenCC dictionaries disagree on this pack: Debian 12's OpenCC 1.1.6 turns
 * 太古里 (Taikoo Li, a shopping street's name, written 太古里 in Traditional too) into 太古裏; the
 * newer dictionaries in opencc-js 1.4 keep the name. Any other difference fails the test.
 */
const NEWER_DICTIONARY: ReadonlyArray<readonly [string, string]> = [['太古裏', '太古里']];
const s2t = (text: string) =>
  NEWER_DICTIONARY.reduce(
    (out, [older, newer]) => out.replaceAll(older, newer),
    execFileSync('opencc', ['-c', 's2t.json'], { input: text, encoding: 'utf8' }),
  );

/** Every LocalizedText of the manifest: its zh-CN and zh-Hant, with where it is. */
const textPairs = (value: unknown, where: string, out: Array<{ where: string; zh: string; hant: unknown }>) => {
  if (!value || typeof value !== 'object') return out;
  const record = value as Record<string, unknown>;
  if (typeof record['zh-CN'] === 'string') out.push({ where, zh: record['zh-CN'], hant: record['zh-Hant'] });
  for (const [key, child] of Object.entries(record)) if (key !== 'uiStrings') textPairs(child, `${where}.${key}`, out);
  return out;
};

describe('zh-Hant in the default pack is OpenCC s2t of its zh-CN', () => {
  if (!hasCli) {
    it('finds the opencc CLI', (ctx) => {
      if (isCi())
        throw new Error('CI must compare zh-Hant with the opencc CLI, but it is not installed (.ci/run installs it)');
      console.warn('zh-hant-opencc: skipped, the opencc CLI is not installed (apt-get install opencc)');
      ctx.skip('the opencc CLI is not installed');
    });
    return;
  }

  it('texts: every LocalizedText', () => {
    const pairs = textPairs(manifest, 'manifest', []);
    expect(pairs.length).toBeGreaterThan(100);
    for (const p of pairs) expect(p.zh.includes('\n'), p.where).toBe(false);
    // One CLI run for all texts, one per line, so the test stays fast.
    const converted = s2t(pairs.map((p) => p.zh).join('\n')).split('\n');
    pairs.forEach((p, i) => expect(p.hant, p.where).toBe(converted[i]));
  });

  it('captions: each zh-Hant VTT is the zh-CN VTT converted, and the audio is the zh-CN audio', () => {
    for (const chapter of manifest.chapters) {
      const simplified = chapter.narration['zh-CN'];
      const traditional = chapter.narration['zh-Hant'];
      expect(traditional?.audio).toBe(simplified?.audio);
      expect(traditional?.captions).toBe(`narration/zh-Hant/${chapter.id}.vtt`);
      const read = (file = '') => readFileSync(path.join(packDir, file), 'utf8');
      expect(read(traditional?.captions)).toBe(s2t(read(simplified?.captions)));
    }
  });

  it('UI strings: the zh-CN dictionary converted, except the two that name the script', () => {
    const templates = zhCnTemplates();
    const pack = manifest.uiStrings?.['zh-Hant'] ?? {};
    const keys = Object.keys(templates).filter((k) => k !== 'languageName' && k !== 'startIn');
    const converted = s2t(keys.map((k) => templates[k as keyof typeof templates]).join('\n')).split('\n');
    keys.forEach((k, i) => expect(pack[k], k).toBe(converted[i]));
    expect(pack.languageName).toBe('繁體中文');
  });

  it('source quotes stay the article’s Simplified words (s2t would change them)', () => {
    const sources = manifest.chapters.flatMap((c) => [
      ...c.hotspots.map((h) => h.fact.source),
      ...c.figures.map((f) => f.source),
    ]);
    const converted = s2t(sources.join('\n')).split('\n');
    expect(sources.filter((source, i) => converted[i] !== source).length).toBeGreaterThan(sources.length / 2);
    const src = readFileSync(path.resolve(packDir, '../default-pack-src/content.json'), 'utf8');
    for (const source of sources) expect(src.includes(JSON.stringify(source).slice(1, -1)), source).toBe(true);
  });
});
