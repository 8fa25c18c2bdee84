/**
 * Traditional Chinese (zh-Hant) for the default pack, made at pack build time by OpenCC's
 * s2t conversion of the Simplified Chinese (zh-CN) words: texts, captions and the visitor UI
 * strings (carried in the pack's `uiStrings`, since the kiosk ships only zh-CN and en).
 *
 * Why s2t and not s2twp / s2hk: the issue asks for a faithful change of script, not a
 * translation. s2twp also swaps vocabulary for Taiwan usage (e.g. 质量 → 品質, 信息 → 資訊),
 * which would change what the article says; s2t changes characters only, for readers in Hong
 * Kong, Macao and Taiwan alike (hence zh-Hant, not zh-TW or zh-HK).
 *
 * Unchanged on purpose: `source` fields (the article's own Simplified words, shown as quotes)
 * and the narration audio (Mandarin is the same spoken language; zh-Hant entries point at the
 * zh-CN audio with their own converted captions). tests/unit/zh-hant-opencc.test.ts checks the
 * result against Debian's independent `opencc` CLI.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import type { PackManifest } from '../electron/shared/content-pack';
import { UI_STRING_ARITY, type UiStringKey } from '../electron/shared/ui-string-keys';
import { zhCN } from '../renderer/i18n/zh-CN';
import { orderedManifest } from './ordered-manifest';

const FROM = 'zh-CN';
const TO = 'zh-Hant';

/** OpenCC s2t: opencc-js's "cn" → "t" uses the same dictionaries as OpenCC's s2t.json. */
export const s2t: (text: string) => string = Converter({ from: 'cn', to: 't' });

/**
 * The two UI strings that name the script itself: s2t of "简体中文" would say "Simplified" in
 * Traditional characters, so the zh-Hant switch names its own script instead.
 */
const NAMES_ITS_SCRIPT: Partial<Record<UiStringKey, string>> = {
  languageName: '繁體中文',
  startIn: '開始 · 繁體中文',
};

/** The zh-CN dictionary as pack templates: a function of n values written with {0} … {n-1}. */
export const zhCnTemplates = (): Record<UiStringKey, string> => {
  const templates = {} as Record<UiStringKey, string>;
  for (const [key, arity] of Object.entries(UI_STRING_ARITY) as Array<[UiStringKey, number]>) {
    const value: unknown = zhCN[key];
    const placeholders = Array.from({ length: arity }, (_, i) => `{${i}}`);
    templates[key] =
      typeof value === 'function' ? String((value as (...a: string[]) => unknown)(...placeholders)) : String(value);
  }
  return templates;
};

/** Every LocalizedText in a value (an object with a zh-CN string) gains its zh-Hant twin, in place. */
const convertTexts = (value: unknown): void => {
  if (Array.isArray(value)) {
    value.forEach(convertTexts);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const zh = record[FROM];
  if (typeof zh === 'string') record[TO] = s2t(zh);
  for (const [key, child] of Object.entries(record)) if (key !== 'narration') convertTexts(child);
};

/** Converts a WebVTT file's cue text, leaving the header and timings as they are (digits and arrows are not Han). */
const convertVtt = (vtt: string): string => s2t(vtt);

type ManifestWithoutFiles = Omit<PackManifest, 'files'>;

/**
 * Adds zh-Hant to a merged default-pack manifest: the language after zh-CN, converted texts,
 * uiStrings (right after defaultLanguage), and per chapter a narration entry sharing the zh-CN
 * audio, its captions converted into narration/zh-Hant/<chapter>.vtt (written to packDir unless
 * `writeCaptions` is false: the test that the committed pack is up to date only compares).
 */
export const addTraditionalChinese = (
  manifest: ManifestWithoutFiles,
  packDir: string,
  writeCaptions = true,
): ManifestWithoutFiles => {
  const out = structuredClone(manifest);
  if (!out.languages.includes(FROM)) return out;
  convertTexts([out.title, out.intro, out.attract, out.endCard]);
  for (const chapter of out.chapters) {
    convertTexts(chapter);
    const spoken = chapter.narration[FROM];
    if (!spoken) continue;
    const captions = `narration/${TO}/${chapter.id}.vtt`;
    if (writeCaptions) {
      mkdirSync(path.join(packDir, 'narration', TO), { recursive: true });
      writeFileSync(
        path.join(packDir, captions),
        convertVtt(readFileSync(path.join(packDir, spoken.captions), 'utf8')),
      );
    }
    chapter.narration[TO] = { ...spoken, captions };
  }
  const templates = zhCnTemplates();
  const uiStrings = Object.fromEntries(
    Object.entries(templates).map(([key, text]) => [key, NAMES_ITS_SCRIPT[key as UiStringKey] ?? s2t(text)]),
  );
  const at = out.languages.indexOf(FROM) + 1;
  const languages = [...out.languages.slice(0, at), TO, ...out.languages.slice(at)];
  return orderedManifest({ ...out, languages, uiStrings: { ...out.uiStrings, [TO]: uiStrings } });
};
