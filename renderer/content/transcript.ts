/**
 * A chapter's transcript, pure: its caption cues regrouped into whole
 * sentences (issue 19, item 2). Captions split a long sentence over two or
 * three cues to keep each line short; the transcript reads, highlights and
 * seeks by sentence, so a sentence runs from its first cue's start to its
 * last cue's end.
 */
import type { Cue } from './vtt';

/** One sentence of the narration: where it starts and ends in the audio (ms) and its text. */
export type Sentence = Readonly<{ startMs: number; endMs: number; text: string }>;

/** Ends a sentence: a full stop, question or exclamation mark (Latin or full-width), maybe followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？…][”’"'）)]*$/u;

/** Chinese, Japanese or full-width text: joined to its neighbour without a space (curly quotes serve English too, so they do not count). */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Two cue texts as one line: a space between Latin words, none where either side is Chinese. */
const join = (before: string, after: string): string =>
  !before ? after : CJK.test(before.slice(-1)) || CJK.test(after.charAt(0)) ? before + after : `${before} ${after}`;

/** The cues (sorted by start, as parseVtt gives them) grouped into sentences, in order. */
export const transcriptSentences = (cues: readonly Cue[]): Sentence[] => {
  const sentences: Sentence[] = [];
  let open: { startMs: number; endMs: number; text: string } | null = null;
  for (const cue of cues) {
    // A cue's own lines are joined by the same rule as cues.
    const text = cue.text.split(/\s+/).filter(Boolean).reduce(join, '');
    if (!text) continue;
    open = open ? { startMs: open.startMs, endMs: cue.endMs, text: join(open.text, text) } : { ...cue, text };
    if (SENTENCE_END.test(text)) {
      sentences.push(open);
      open = null;
    }
  }
  // A last sentence without its full stop is still part of the narration.
  if (open) sentences.push(open);
  return sentences;
};

/**
 * The sentence the narration is in at `positionMs`: the last one started by
 * then, so the pause between two sentences keeps the one just heard; before
 * the first one starts, the first (the narration stands there). -1 for none.
 * Binary search: it runs on every position tick.
 */
export const sentenceIndexAt = (sentences: readonly Sentence[], positionMs: number): number => {
  if (sentences.length === 0) return -1;
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sentences[mid]?.startMs ?? Infinity) <= positionMs) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
};
