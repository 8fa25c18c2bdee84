import type { KioskLanguage, LanguageCode } from '../../electron/shared/content-pack';
import { matchLanguage } from '../../electron/shared/language-match';
import { en } from './en';
import { uiStringsFromTemplates, type PackUiStrings } from './pack-strings';
import type { UiStrings } from './strings';
import { zhCN } from './zh-CN';

export type { UiStrings };
export { PackStringsContext, type PackUiStrings } from './pack-strings';

/** UI dictionaries the kiosk ships, by language. */
export const STRINGS: Readonly<Record<KioskLanguage, UiStrings>> = {
  'zh-CN': zhCN,
  en,
};

/**
 * The dictionary of a pack language: the pack's own uiStrings for it, else the built-in
 * language it matches (electron/shared/language-match.ts: en-GB → en, zh-Hans → zh-CN, never
 * across scripts), else zh-CN (the validator refuses such a pack, so only a bug lands here).
 */
export const stringsFor = (language: LanguageCode, packStrings?: PackUiStrings): UiStrings => {
  const own = packStrings?.[language];
  if (own) return uiStringsFromTemplates(own);
  const builtIn = matchLanguage(language, Object.keys(STRINGS)) as KioskLanguage | null;
  return STRINGS[builtIn ?? 'zh-CN'];
};
