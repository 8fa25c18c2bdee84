import type { LanguageCode, LocalizedText } from '../../electron/shared/content-pack';

/** Text in `language`, falling back to any language the pack has (the validator makes this rare). */
export const pick = (text: LocalizedText, language: LanguageCode): string =>
  text[language] ?? text['zh-CN'] ?? text.en ?? Object.values(text)[0] ?? '';

/** URL of a pack file: mediaBase + path, each segment encoded. */
export const mediaUrl = (mediaBase: string, file: string): string =>
  mediaBase + file.split('/').map(encodeURIComponent).join('/');

/**
 * HTML lang attribute value of a pack language: its own tag, so the browser picks the right glyphs
 * (zh-Hant → Traditional forms and Noto Sans TC); zh-CN is written as the script it means.
 */
export const htmlLang = (language: LanguageCode): string => (language === 'zh-CN' ? 'zh-Hans' : language);

/** Whether a pack language is Chinese in any script: its text is set the Chinese way (content/zh-set.ts). */
export const isChinese = (language: LanguageCode): boolean => language === 'zh' || language.startsWith('zh-');
