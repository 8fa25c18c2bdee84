import { KIOSK_LANGUAGES, type LanguageCode, type PackManifest } from './content-pack';
import { matchLanguage } from './language-match';
import { placeholdersOf, UI_STRING_ARITY, type UiStringKey } from './ui-string-keys';

/** A problem with a pack's languages: the field and what is wrong, naming the language. */
export type LanguageProblem = Readonly<{ field: string; message: string }>;

/**
 * Every declared language needs visitor UI strings: the pack's own `uiStrings[lang]` (complete:
 * every key, placeholders within the key's values) or one of the kiosk's built-in languages by
 * `matchLanguage`. Names the language and the missing keys, so the pack's author knows what to add.
 */
export const uiStringProblems = (m: Pick<PackManifest, 'languages' | 'uiStrings'>): LanguageProblem[] => {
  const problems: LanguageProblem[] = [];
  const packStrings = m.uiStrings ?? {};
  for (const lang of m.languages) {
    const own = packStrings[lang];
    if (own) {
      const missing = (Object.keys(UI_STRING_ARITY) as UiStringKey[]).filter((key) => typeof own[key] !== 'string');
      if (missing.length > 0)
        problems.push({
          field: `uiStrings.${lang}`,
          message: `language "${lang}" has incomplete visitor UI strings: missing ${missing.join(', ')}`,
        });
      for (const [key, template] of Object.entries(own)) {
        const arity = (UI_STRING_ARITY as Record<string, number>)[key];
        if (arity === undefined) continue; // a key of a newer kiosk: harmless
        const beyond = placeholdersOf(template).filter((i) => i >= arity);
        if (beyond.length > 0)
          problems.push({
            field: `uiStrings.${lang}.${key}`,
            message: `language "${lang}": "${key}" takes ${arity} value(s) but uses {${beyond[0]}}`,
          });
      }
    } else if (!matchLanguage(lang, KIOSK_LANGUAGES)) {
      problems.push({
        field: `uiStrings.${lang}`,
        message: `language "${lang}" has no visitor UI strings: the kiosk ships ${KIOSK_LANGUAGES.join(', ')}; add uiStrings["${lang}"] with all ${Object.keys(UI_STRING_ARITY).length} keys (electron/shared/ui-string-keys.ts)`,
      });
    }
  }
  for (const lang of Object.keys(packStrings))
    if (!m.languages.includes(lang))
      problems.push({ field: `uiStrings.${lang}`, message: `"${lang}" is not in languages` });
  return problems;
};

/** The kiosk's built-in language a pack language's UI uses when the pack carries none, or null. */
export const builtInLanguageFor = (lang: LanguageCode) =>
  matchLanguage(lang, KIOSK_LANGUAGES) as (typeof KIOSK_LANGUAGES)[number] | null;
