import type { Cue } from './vtt';

/** Silence around and between sentences, in seconds. */
export type Pauses = Readonly<{
  leadIn: number;
  between: number;
  tail: number;
}>;

/** Short breaths between sentences; a little longer at the end so the last word is not clipped. */
export const DEFAULT_PAUSES: Pauses = { leadIn: 0.3, between: 0.6, tail: 0.6 };

/**
 * Lays sentences end to end with the given pauses and returns one caption cue per
 * sentence. Times come from the measured durations of the synthesised audio, so the
 * captions follow the voice rather than an estimate of reading speed.
 */
export const cuesFromDurations = (
  sentences: readonly string[],
  durationsSeconds: readonly number[],
  pauses: Pauses = DEFAULT_PAUSES,
): Cue[] => {
  if (sentences.length !== durationsSeconds.length) throw new Error('one duration is needed per sentence');
  let cursor = pauses.leadIn;
  return sentences.map((text, i) => {
    const start = cursor;
    const end = start + durationsSeconds[i]!;
    cursor = end + pauses.between;
    // Floor the end so rounding never pushes a cue past the audio it describes.
    return {
      text,
      startMs: Math.round(start * 1000),
      endMs: Math.floor(end * 1000),
    };
  });
};

/** One spoken sentence: its caption clauses and measured durations (whole sentence and each clause alone). */
export type MeasuredSentence = Readonly<{
  clauses: readonly string[];
  seconds: number;
  clauseSeconds: readonly number[];
}>;

/**
 * Like cuesFromDurations, but one cue per clause. The sentence is voiced whole (so its
 * intonation stays natural) and its measured time is shared among its clauses in the
 * proportions their separately synthesised audio takes, which follows the voice more
 * closely than counting characters would. Cues within a sentence are contiguous.
 */
export const cuesFromClauses = (sentences: readonly MeasuredSentence[], pauses: Pauses = DEFAULT_PAUSES): Cue[] => {
  let cursor = pauses.leadIn;
  return sentences.flatMap(({ clauses, seconds, clauseSeconds }) => {
    if (clauses.length !== clauseSeconds.length) throw new Error('one duration is needed per clause');
    const total = clauseSeconds.reduce((a, b) => a + b, 0);
    const sentenceStart = cursor;
    let at = sentenceStart;
    const cues = clauses.map((text, i) => {
      const start = at;
      const share = total > 0 ? clauseSeconds[i]! / total : 1 / clauses.length;
      at = i === clauses.length - 1 ? sentenceStart + seconds : start + seconds * share;
      return { text, startMs: Math.round(start * 1000), endMs: Math.floor(at * 1000) };
    });
    cursor = sentenceStart + seconds + pauses.between;
    return cues;
  });
};
