import type { Chapter } from './content-pack';

/** One problem with a narration's camera cues: the manifest field it sits in, and what is wrong. */
export type CueProblem = Readonly<{ field: string; message: string }>;

/**
 * What the schema cannot say about a chapter's narration cues (content-pack.ts `Narration.cues`):
 * each names a hotspot of this chapter, lies inside the narration's audio, and comes after the
 * one before it (a camera cannot be sent to two places at once). Every message names the chapter,
 * the language, the cue's index and the offending value, so a pack author finds it in one look.
 */
export const narrationCueProblems = (chapter: Chapter, chapterIndex: number): CueProblem[] => {
  const problems: CueProblem[] = [];
  const hotspots = new Set(chapter.hotspots.map((h) => h.id));
  for (const [lang, narration] of Object.entries(chapter.narration)) {
    if (!narration) continue;
    const { durationMs } = narration;
    let previous = -1;
    (narration.cues ?? []).forEach((cue, k) => {
      const field = `chapters[${chapterIndex}].narration.${lang}.cues[${k}]`;
      const where = `chapter "${chapter.id}", ${lang} narration, cue ${k}`;
      const add = (message: string) => problems.push({ field, message: `${field}: ${where}: ${message}` });
      if (!hotspots.has(cue.hotspot)) add(`hotspot "${cue.hotspot}" is not a hotspot of this chapter`);
      if (cue.atMs >= durationMs) add(`atMs ${cue.atMs} lies outside the audio (durationMs ${durationMs})`);
      if (cue.atMs <= previous) add(`atMs ${cue.atMs} does not come after the previous cue's ${previous}`);
      previous = Math.max(previous, cue.atMs);
    });
  }
  return problems;
};
