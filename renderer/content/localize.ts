import type { LanguageCode, LocalizedText } from '../../electron/shared/content-pack';

/** Text in `language`, falling back to any language the pack has (the validator makes this rare). */
export const pick = (text: LocalizedText, language: LanguageCode): string =>
  text[language] ?? text['zh-CN'] ?? text.en ?? '';

/** URL of a pack file: mediaBase + path, each segment encoded. */
export const mediaUrl = (mediaBase: string, file: string): string =>
  mediaBase + file.split('/').map(encodeURIComponent).join('/');

/** HTML lang attribute value of a pack language. */
export const htmlLang = (language: LanguageCode): string => (language === 'zh-CN' ? 'zh-Hans' : 'en');
