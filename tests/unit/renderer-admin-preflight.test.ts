import { describe, expect, it } from 'vitest';
import { preflightText } from '../../electron/core/packs/preflight-texts';
import type { PreflightCode, PreflightParams } from '../../electron/shared/contract/packs';
import {
  chapterTitles,
  checkName,
  languageNames,
  listOf,
  preflightWording,
} from '../../renderer/admin/content/preflight-strings';

/** One sample of every pre-flight text the core makes. */
const SAMPLES: { [C in PreflightCode]: PreflightParams[C] } = {
  passed: {},
  'not-run': {},
  failed: { detail: 'narration/en/quality.wav: SHA-256 mismatch' },
  'bad-trusted-key': {},
  'structure-ok': { files: 41 },
  'signed-trusted': {},
  'signed-optional': {},
  'unsigned-allowed': {},
  'manifest-ok': { id: 'spring', version: '2.0.0' },
  'kiosk-version-ok': { needs: '0.1.0', kiosk: '0.2.0' },
  'file-list-ok': { files: 40 },
  'hashes-ok': {},
  'space-ok': { megabytes: 12 },
  'version-change': { from: null, to: '2.0.0' },
  'version-downgrade': { from: '3.0.0' },
  'downgrade-refused': { from: '3.0.0', to: '2.0.0' },
  'warn-unsigned': {},
  'warn-downgrade': { from: '3.0.0', to: '2.0.0' },
  'warn-languages-removed': { languages: ['en'] },
};
const texts = (Object.keys(SAMPLES) as PreflightCode[]).map((code) => preflightText(code, SAMPLES[code] as never));

describe('pre-flight texts on the admin screen', () => {
  it('reads every text in Chinese on the Chinese screen, keeping the technical details', () => {
    for (const text of texts) {
      const zh = preflightWording(text, 'zh-CN');
      expect(zh, text.code).toMatch(/[\u4e00-\u9fff]|→/);
      expect(zh, text.code).not.toBe(text.message);
    }
    const wording = (code: PreflightCode) =>
      preflightWording(
        texts.find((t) => t.code === code)!,
        'zh-CN',
      );
    expect(wording('failed')).toBe('未通过：narration/en/quality.wav: SHA-256 mismatch');
    expect(wording('structure-ok')).toContain('41');
    expect(wording('version-change')).toBe('无 → 2.0.0');
    expect(wording('warn-languages-removed')).toBe('不再提供的语言：English');
  });

  it("reads the core's own English on the English screen", () => {
    for (const text of texts) expect(preflightWording(text, 'en')).toBe(text.message);
    expect(texts.find((t) => t.code === 'warn-languages-removed')?.message).toBe('languages no longer offered: en');
  });

  it('names checks, chapters and languages in the admin language', () => {
    expect(checkName('disk space', 'zh-CN')).toBe('磁盘空间');
    expect(checkName('disk space', 'en')).toBe('disk space');
    const chapters = [
      { id: 'hard-core', title: { 'zh-CN': '硬核', en: 'Hard core' } },
      { id: 'vitality', title: { en: 'Vitality' } },
      { id: 'quality', title: {} },
    ];
    expect(listOf(chapterTitles(chapters, 'zh-CN'), 'zh-CN')).toBe('硬核、Vitality、quality');
    expect(listOf(chapterTitles(chapters, 'en'), 'en')).toBe('Hard core, Vitality, quality');
    expect(languageNames(['zh-CN', 'zh-Hant', 'en'], 'zh-CN')).toBe('简体中文、繁體中文、English');
  });
});
