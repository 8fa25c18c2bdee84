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
