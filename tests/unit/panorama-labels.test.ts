import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackManifest } from '../../electron/shared/content-pack';
import { manifestProblems } from '../../electron/shared/pack-validate';
import { findSeedArticle, isCi } from '../fixtures/seed-article';

/**
 * Issue 20, item 2: the radiation map's city nodes carry their names, as the pack's
 * panorama labels. The names are the article's, in the terminology table's English;
 * the validator holds labels to the same rules as every other text.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(
  readFileSync(path.join(repoRoot, 'assets/default-pack/manifest.json'), 'utf8'),
) as PackManifest;
const radiation = manifest.chapters.find((chapter) => chapter.id === 'radiation');
const labels = radiation?.panorama.labels ?? [];
const seed = findSeedArticle(repoRoot);
if (!seed.found && isCi()) throw new Error(seed.reason);

describe('radiation map labels', () => {
  it('name every city node: Chengdu (Qingyang), Deyang, Bazhong and Jiangbei', () => {
    expect(labels.map((label) => label.id)).toEqual(['chengdu', 'deyang', 'bazhong', 'jiangbei']);
  });

  it.skipIf(!seed.found)('are names the article gives, verbatim (its line breaks and spaces aside)', () => {
    const article = seed.found ? seed.text.replace(/\s+/g, '') : '';
    for (const label of labels) expect(article, label.id).toContain(label.text['zh-CN']);
  });

  it('give each name in English as the pack’s terminology table has it', () => {
    const table = [...(manifest.terminology?.terms ?? [])].sort((a, b) => b.zh.length - a.zh.length);
    for (const label of labels) {
      const term = table.find((entry) => label.text['zh-CN']?.includes(entry.zh));
      expect(term?.en, label.id).toContain(label.text.en);
    }
  });

  it('sit under the marker of the node they name, not on it', () => {
    for (const label of labels) {
      const marker = radiation?.hotspots.find((hotspot) => hotspot.id === label.id);
      if (!marker) continue;
      expect(label.x).toBeCloseTo(marker.x, 2);
      expect(label.y).toBeGreaterThan(marker.y + 0.04);
    }
  });

  it('are validated: a missing language and a repeated id are refused', () => {
    const broken = structuredClone(manifest);
    const map = broken.chapters[4]!.panorama;
    map.labels = [
      { id: 'deyang', x: 0.3, y: 0.6, text: { 'zh-CN': '德阳市', 'zh-Hant': '德陽市' } },
      { id: 'deyang', x: 0.4, y: 0.6, text: { 'zh-CN': '巴中市', 'zh-Hant': '巴中市', en: 'Bazhong' } },
    ];
    expect(manifestProblems(broken).map((p) => p.message)).toEqual([
      'chapters[4].panorama.labels[0].text: missing text for language "en"',
      'chapters[4].panorama.labels[1].id: duplicate label id "deyang"',
    ]);
    map.labels = [{ id: 'deyang', x: 1.2, y: 0.6, text: { en: 'Deyang' } }];
    expect(manifestProblems(broken).map((p) => p.field)).toEqual(['chapters[4].panorama.labels[0].x']);
  });
});
