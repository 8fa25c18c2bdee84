import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LanguageCode, PackManifest } from '../../electron/shared/content-pack';
import { matchLanguage } from '../../electron/shared/language-match';
import { manifestProblems } from '../../electron/shared/pack-validate';
import { UI_STRING_ARITY } from '../../electron/shared/ui-string-keys';
import { stringsFor } from '../../renderer/i18n';
import { zhCN } from '../../renderer/i18n/zh-CN';

const defaultPack = (): PackManifest =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../assets/default-pack/manifest.json'), 'utf8'),
  ) as PackManifest;

/** The default pack with one more language `tag`: every text and narration copied from en. */
const withLanguage = (tag: string, uiStrings?: Record<string, string>): PackManifest => {
  const m = defaultPack();
  const copy = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' || (record.en && typeof record.en === 'object' && 'audio' in record.en))
      record[tag] = record.en;
    for (const [key, child] of Object.entries(record)) if (key !== 'uiStrings' && key !== tag) copy(child);
  };
  copy(m);
  m.languages = [...m.languages, tag];
  if (uiStrings) m.uiStrings = { ...m.uiStrings, [tag]: uiStrings };
  return m;
};

describe('language tags are BCP 47 in canonical form', () => {
  it.each(['zh-CN', 'zh-Hant', 'en', 'en-GB', 'pt-BR', 'zh-Hant-TW', 'yue-Hant-HK'])('accepts %s', (tag) => {
    expect(LanguageCode.safeParse(tag).success).toBe(true);
  });
  it.each(['zh-hant', 'ZH-CN', 'english', 'zh_CN', '', 'iw'])('refuses %j', (tag) => {
    expect(LanguageCode.safeParse(tag).success).toBe(false);
  });
});

describe('matchLanguage: exact, then shorter tags of the same script, then same language and script', () => {
  const kiosk = ['zh-CN', 'en'];
  it.each([
    ['zh-CN', kiosk, 'zh-CN'],
    ['en-GB', kiosk, 'en'],
    ['zh-Hans', kiosk, 'zh-CN'],
    ['zh-SG', kiosk, 'zh-CN'],
    ['zh-Hant', kiosk, null],
    ['zh-TW', kiosk, null],
    ['fr', kiosk, null],
    ['zh-Hant-TW', ['zh-CN', 'zh-Hant', 'en'], 'zh-Hant'],
    ['zh-HK', ['zh-CN', 'zh-Hant', 'en'], 'zh-Hant'],
    ['zh-Hant', ['zh', 'en'], null],
  ] as const)('%s in %j → %s', (wanted, available, expected) => {
    expect(matchLanguage(wanted, available)).toBe(expected);
  });
});

describe('the pack validator refuses a language without visitor UI strings, by name', () => {
  it('accepts the default pack (zh-Hant carries its own strings)', () => {
    expect(manifestProblems(defaultPack())).toEqual([]);
  });

  it('accepts a language the kiosk ships by fallback (en-GB uses en)', () => {
    expect(manifestProblems(withLanguage('en-GB'))).toEqual([]);
  });

  it('refuses a language with no strings, naming it', () => {
    const problems = manifestProblems(withLanguage('fr'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('uiStrings.fr');
    expect(problems[0]?.message).toMatch(/language "fr" has no visitor UI strings/);
  });

  it('refuses incomplete strings, naming the language and the missing keys', () => {
    const french = Object.fromEntries(Object.keys(UI_STRING_ARITY).map((key) => [key, `fr ${key}`]));
    delete french.hub;
    delete french.chapterOf;
    const problems = manifestProblems(withLanguage('fr', french));
    expect(problems.map((p) => p.message)).toEqual([
      'uiStrings.fr: language "fr" has incomplete visitor UI strings: missing hub, chapterOf',
    ]);
  });

  it('refuses a placeholder beyond what the key takes', () => {
    const french = Object.fromEntries(Object.keys(UI_STRING_ARITY).map((key) => [key, `fr ${key}`]));
    french.volume = 'Volume {0} {1}';
    expect(manifestProblems(withLanguage('fr', french)).map((p) => p.field)).toEqual(['uiStrings.fr.volume']);
  });
});

describe('visitor strings of a pack language', () => {
  it('every key’s arity matches the built-in dictionary', () => {
    for (const [key, arity] of Object.entries(UI_STRING_ARITY)) {
      const value: unknown = zhCN[key as keyof typeof zhCN];
      expect(typeof value === 'function' ? (value as (...a: unknown[]) => unknown).length : 0, key).toBe(arity);
    }
  });

  it('zh-Hant reads the pack’s templates, filling the values', () => {
    const { uiStrings } = defaultPack();
    const hant = stringsFor('zh-Hant', uiStrings);
    expect(hant.languageName).toBe('繁體中文');
    expect(hant.chapterOf(2, 5)).toBe('第 2 章，共 5 章');
    expect(hant.panoramaHint).toBe('左右拖動全景');
    expect(stringsFor('en-GB', uiStrings).languageName).toBe('English');
    expect(stringsFor('zh-CN', uiStrings).languageName).toBe(zhCN.languageName);
  });
});
