import { createContext } from 'react';
import type { PackManifest } from '../../electron/shared/content-pack';
import { UI_STRING_ARITY, type UiStringKey } from '../../electron/shared/ui-string-keys';
import type { UiStrings } from './strings';
import { zhCN } from './zh-CN';

/** The active (or previewed) pack's own UI strings by language; undefined for a pack without any. */
export type PackUiStrings = PackManifest['uiStrings'];

/**
 * The pack's UI strings for the tree below: App provides the active pack's, the admin preview
 * the previewed pack's, so the language switch can name a language the kiosk does not ship.
 */
export const PackStringsContext = createContext<PackUiStrings>(undefined);

// The shared key list and the UiStrings type must agree both ways; a key added to
// strings.ts without its entry in electron/shared/ui-string-keys.ts fails here, by name.
const arityOfEveryKey: Readonly<Record<keyof UiStrings, number>> = UI_STRING_ARITY;
const everyListedKeyExists: Readonly<Record<UiStringKey, unknown>> = zhCN;
void arityOfEveryKey;
void everyListedKeyExists;

const cache = new WeakMap<Readonly<Record<string, string>>, UiStrings>();

/**
 * A pack's templates as a dictionary: a key of n values becomes a function filling
 * `{0}` … `{n-1}`. The validator has checked every key is there (pack-languages.ts).
 */
export const uiStringsFromTemplates = (templates: Readonly<Record<string, string>>): UiStrings => {
  const known = cache.get(templates);
  if (known) return known;
  const entries = (Object.entries(UI_STRING_ARITY) as Array<[UiStringKey, number]>).map(([key, arity]) => {
    const template = templates[key] ?? '';
    if (arity === 0) return [key, template];
    const fill = (...values: unknown[]) =>
      template.replace(/\{(\d+)\}/g, (whole, i: string) =>
        Number(i) < values.length ? String(values[Number(i)]) : whole,
      );
    return [key, fill];
  });
  const strings = Object.fromEntries(entries) as UiStrings;
  cache.set(templates, strings);
  return strings;
};
