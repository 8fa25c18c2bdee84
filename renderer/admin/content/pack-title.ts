import type { PackSummary } from '../api/admin-calls';
import type { AdminLanguage } from '../i18n';

/** What a pack's title is read from: the default-language title and the title in each of its languages. */
export type TitledPack = Pick<PackSummary, 'title' | 'titles'>;

/** A pack's title in the admin's language when the pack has one, else in the pack's default language. */
export const packTitle = (pack: TitledPack, language: AdminLanguage): string => pack.titles[language] ?? pack.title;
