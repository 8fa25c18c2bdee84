// No imports: the renderer uses this module's code too (build/scripts/layer-rules.ts).

/**
 * Language matching, one rule for the UI strings, the pack validator and the tour:
 *   1. the exact tag;
 *   2. the tag with its last subtags dropped one by one (RFC 4647 lookup: zh-Hant-TW → zh-Hant,
 *      en-GB → en), but only to a tag written in the same script;
 *   3. any available tag of the same language and script once both are maximized
 *      (zh-TW and zh-HK → zh-Hant; zh-Hans and zh-SG → zh-CN).
 * Never across scripts: zh-Hant does not fall back to zh-CN, so a Traditional pack language
 * without its own strings is refused rather than shown in Simplified.
 */
export const matchLanguage = (wanted: string, available: readonly string[]): string | null => {
  if (available.includes(wanted)) return wanted;
  const want = maximized(wanted);
  if (!want) return null;
  const sameScript = (tag: string) => maximized(tag)?.script === want.script;
  const subtags = wanted.split('-');
  for (let n = subtags.length - 1; n >= 1; n -= 1) {
    const shorter = subtags.slice(0, n).join('-');
    if (available.includes(shorter) && sameScript(shorter)) return shorter;
  }
  return (
    available.find((tag) => {
      const have = maximized(tag);
      return have?.language === want.language && have.script === want.script;
    }) ?? null
  );
};

const maximized = (tag: string): { language: string; script: string | undefined } | null => {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return { language: locale.language, script: locale.script };
  } catch {
    return null;
  }
};
