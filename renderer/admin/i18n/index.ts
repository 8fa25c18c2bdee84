import type { AdminLanguage, AdminStrings } from './admin-strings';
import { en } from './en';
import { zhCN } from './zh-CN';

export type { AdminLanguage, AdminStrings };

/** Admin dictionaries by language. */
export const ADMIN_STRINGS: Readonly<Record<AdminLanguage, AdminStrings>> = { 'zh-CN': zhCN, en };

/** The admin language for a kiosk language (anything but English reads Chinese). */
export const adminLanguageOf = (language: string): AdminLanguage => (language === 'en' ? 'en' : 'zh-CN');
