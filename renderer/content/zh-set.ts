/**
 * Chinese set properly (issue 20, item 6), pure: where a line may not break,
 * and half-width punctuation shown full-width.
 *
 * Runs kept on one line: a date (2020年4月20日, 5月26日), a number with its unit
 * (160.3亿元, 0.1%, 100亿级), a name or word from the pack's terminology table, and a
 * short quoted word (“长嘉汇”). The renderer wraps each run in a span with
 * `word-break: keep-all` (reading.css), not the whole text: Chinese has no
 * spaces, so keep-all on a paragraph would keep whole clauses together.
 */
import type { Terminology } from '../../electron/shared/pack-terminology';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DATE = String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月|[一二三四]季度)?`;
const NUMBER_UNIT = String.raw`\d[\d.,]*(?:%|[亿万千百]?(?:元|级|家|个|项|座|公里|公顷|平方米|米|倍|人次|人|年|月|日|条|期)|[亿万])`;
/** A quoted word up to eight characters: the pack's way of marking a term. */
const QUOTED = '“[^”]{1,8}”';

/** The table's Chinese names and words, longest first (so 江北嘴国际金融中心 wins over 江北嘴). */
const termsOf = (terminology: Terminology): string[] =>
  [...terminology.terms, ...terminology.units]
    .map((entry) => entry.zh)
    .filter((zh) => zh.length > 1)
    .sort((a, b) => b.length - a.length);

const WITHOUT_TERMS = new RegExp(`${DATE}|${NUMBER_UNIT}|${QUOTED}`, 'g');
// One matcher per table: the pack's manifest object lives as long as the pack is on screen.
const matchers = new WeakMap<Terminology, RegExp>();

/** What may not break: dates, numbers with units, quoted words, and the pack's terms if it has a table. */
const noBreakPattern = (terminology: Terminology | undefined): RegExp => {
  if (!terminology) return WITHOUT_TERMS;
  let pattern = matchers.get(terminology);
  if (!pattern) {
    const terms = termsOf(terminology).map(escape);
    pattern = new RegExp([DATE, NUMBER_UNIT, QUOTED, ...terms].join('|'), 'g');
    matchers.set(terminology, pattern);
  }
  return pattern;
};

export type Run = Readonly<{ text: string; keep: boolean }>;

/**
 * Splits Chinese text into runs; `keep` runs must not break inside. Joined, the runs are the text.
 * `terminology` is the table of the pack the text comes from (none: no names kept whole).
 */
export const noBreakRuns = (text: string, terminology?: Terminology): Run[] => {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(noBreakPattern(terminology))) {
    const start = match.index;
    if (start > at) runs.push({ text: text.slice(at, start), keep: false });
    runs.push({ text: match[0], keep: true });
    at = start + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
};

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/**
 * Half-width punctuation after a Chinese character (or closing quote) shown
 * full-width, as Chinese is set: the article's own quotes keep their commas
 * in storage (`source` stays verbatim), only the display changes. Between
 * digits (1,000) nothing changes.
 */
export const fullWidthPunctuation = (text: string): string =>
  text
    .replace(
      /([\u3400-\u9fff”’）])([,:;!?)])/g,
      (_, before: string, mark: string) => before + (FULL_WIDTH[mark] ?? mark),
    )
    .replace(/\((?=[\u3400-\u9fff])/g, '（');
