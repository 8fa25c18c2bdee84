import { fitsCaptionLines, isCjkText } from '../../electron/cli/pack/caption-limits';

/** English words a clause may start with: the next best place to cut after punctuation. */
const CONNECTIVES = new Set([
  'and',
  'but',
  'so',
  'or',
  'to',
  'with',
  'that',
  'which',
  'whose',
  'for',
  'in',
  'of',
  'such',
  'at',
  'on',
  'as',
  'where',
  'because',
  'from',
  'by',
  'into',
]);

/** Cost of one more cue, so the fewest cues that fit always win. */
const CUE_COST = 1000;
/** A cue this short flashes by; joined to a neighbour when possible. */
const ORPHAN = { latin: 20, cjk: 6 } as const;

/**
 * Splits one script sentence into caption cues that each fit two caption lines.
 * Chinese is cut only after a clause mark (，；：、); a clause too long for two lines is
 * an authoring error, reported so the script gets a comma. English is cut preferably
 * after , ; : then before a connective (and, to, with …), else at any space. Among the
 * splits with the fewest cues, the one with the best cut points and no very short
 * cue wins (a small dynamic programme over the sentence's tokens).
 */
export const splitIntoClauses = (sentence: string): string[] => {
  const cjk = isCjkText(sentence);
  const tokens = cjk ? (sentence.match(/[^，；：、]+[，；：、]?/g) ?? [sentence]) : sentence.split(/(?<=\s)(?=\S)/);
  /** Cost of cutting before token i (i ≥ 1). */
  const cutCost = (i: number): number => {
    const before = tokens[i - 1]!.trim();
    if (cjk || /[,;:]$/.test(before)) return 0;
    const word = tokens[i]!.trim()
      .toLowerCase()
      .replace(/^[“‘(]/, '');
    return CONNECTIVES.has(word) ? 30 : 120;
  };
  const n = tokens.length;
  const best: { cost: number; from: number }[] = [{ cost: 0, from: -1 }];
  for (let end = 1; end <= n; end++) {
    best[end] = { cost: Infinity, from: -1 };
    for (let start = end - 1; start >= 0; start--) {
      const text = tokens.slice(start, end).join('').trim();
      if (!fitsCaptionLines(text)) break;
      const short = [...text].length < (cjk ? ORPHAN.cjk : ORPHAN.latin) ? 200 : 0;
      const cost = best[start]!.cost + CUE_COST + short + (start > 0 ? cutCost(start) : 0);
      if (cost < best[end]!.cost) best[end] = { cost, from: start };
    }
  }
  if (!Number.isFinite(best[n]!.cost))
    throw new Error(`caption text does not fit two lines even split at every clause mark, add one: "${sentence}"`);
  const cues: string[] = [];
  for (let end = n; end > 0; end = best[end]!.from) cues.unshift(tokens.slice(best[end]!.from, end).join('').trim());
  return cues;
};
