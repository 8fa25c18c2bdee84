/**
 * The terminology check of the default pack (issue 20, item 6): every displayed text,
 * caption and alt text is held against assets/default-pack-src/terminology.json, and
 * the build fails on any finding. Pure functions over plain data, so tests can feed
 * a pack that drifts and see the check fail.
 */
import type { Terminology } from '../electron/shared/pack-terminology';

// One schema for the table, in the pack source and in a pack's manifest alike.
export { Terminology } from '../electron/shared/pack-terminology';

/** One text a visitor may see or hear: where it is (for the message), its language, its words. */
export type PackText = { where: string; lang: string; text: string };
/** The same field in both languages (a title, body, label, alt text), so terms can be matched. */
export type TextPair = { where: string; zh: string; en: string };

/** Every { "zh-CN", "en" } object under a JSON value, skipping `source` (verbatim article quotes). */
export const collectPairs = (value: unknown, where = '', out: TextPair[] = []): TextPair[] => {
  if (Array.isArray(value)) value.forEach((v, i) => collectPairs(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string')
      out.push({ where, zh: record['zh-CN'], en: record.en });
    for (const [key, v] of Object.entries(record)) {
      if (key === 'source' || key === 'zh-CN' || key === 'en') continue;
      const id = (v as { id?: unknown } | null)?.id;
      collectPairs(v, `${where}${where ? '.' : ''}${typeof id === 'string' ? `${key}(${id})` : key}`, out);
    }
  }
  return out;
};

/** Words starting with a capital letter (names, sentence starts); "5G" and "COVID-19" style tokens included. */
const capitalisedWords = (text: string): string[] => text.match(/(?<![\w’'-])[A-Z][\w’'-]*/g) ?? [];
/** True when `phrase` occurs in `text` as whole words ("ha" in "158 ha", not in "had"). */
const containsWord = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
const stripPossessive = (word: string) => word.replace(/[’']s$/, '');

/**
 * Findings, each a message naming the place and the problem:
 *  - a forbidden quote mark (「」, straight quotes) in a displayed text or caption;
 *  - a form the table says to avoid (e.g. "model zone" for 示范区, "yuan" for 亿元);
 *  - a capitalised English word that is neither in a term's English form nor an ordinary word
 *    the table lists: a name outside the table;
 *  - a zh/en pair whose Chinese uses a term while the English uses none of its forms.
 */
export const terminologyFindings = (
  table: Terminology,
  texts: readonly PackText[],
  pairs: readonly TextPair[],
): string[] => {
  const findings: string[] = [];
  const entries = [...table.terms, ...table.units];
  const known = new Set([
    ...table.capitalisedWords,
    ...entries.flatMap((e) => e.en.flatMap(capitalisedWords).map(stripPossessive)),
  ]);
  for (const { where, lang, text } of texts) {
    const quotes = table.quotes[lang];
    for (const mark of quotes?.forbidden ?? '')
      if (text.includes(mark))
        findings.push(`${where} (${lang}): quote mark ${mark} is not in the terminology table, use ${quotes?.allowed}`);
    for (const entry of entries)
      for (const avoid of entry.avoid ?? [])
        if (containsWord(text, avoid))
          findings.push(
            `${where} (${lang}): "${avoid}" is not the table's term for ${entry.zh}${entry.en.length ? `, use "${entry.en[0]}"` : ''}`,
          );
    if (lang === 'en')
      for (const word of capitalisedWords(text))
        if (!known.has(stripPossessive(word)))
          findings.push(`${where} (en): "${word}" is a term outside the terminology table`);
  }
  for (const { where, zh, en } of pairs)
    for (const entry of entries)
      if (
        entry.en.length > 0 &&
        zh.includes(entry.zh) &&
        !entry.en.some((form) => en.toLowerCase().includes(form.toLowerCase()))
      )
        findings.push(`${where}: the Chinese says ${entry.zh} but the English has none of "${entry.en.join('", "')}"`);
  return findings;
};
