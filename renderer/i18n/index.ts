import type { LanguageCode } from '../../electron/shared/content-pack';
import { en } from './en';
import type { UiStrings } from './strings';
import { zhCN } from './zh-CN';

export type { UiStrings };

/** UI dictionaries by language. */
export const STRINGS: Readonly<Record<LanguageCode, UiStrings>> = {
  'zh-CN': zhCN,
  en,
};

/** The dictionary of a language. */
export const stringsFor = (language: LanguageCode): UiStrings => STRINGS[language];
