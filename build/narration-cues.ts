/**
 * Camera cues of the default pack (issue 19, item 1), derived from the real caption timings:
 * for every hotspot the narration names, the caption cue in which one of its spoken names
 * (assets/default-pack-src/spoken-names.json) is first heard; the camera cue starts with that
 * caption cue. Nothing is guessed: move a word in the narration, rebuild, and the cue follows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Chapter, PackManifest } from '../electron/shared/content-pack';
import { parseVtt, type VttCue } from '../electron/shared/pack-vtt';

/** spoken-names.json: chapter → hotspot → language → names (an empty list: the narration does not name it). */
export const SpokenNames = z.record(
  z.string(),
  z.union([z.string(), z.record(z.string(), z.record(z.string(), z.array(z.string().min(1))))]),
);
export type SpokenNames = z.infer<typeof SpokenNames>;
type ChapterNames = Record<string, Record<string, string[]>>;
type CameraCue = { atMs: number; hotspot: string };

/** The caption cues of one narration, read from the pack folder. */
export const captionCues = (packDir: string, captionsFile: string): VttCue[] => {
  const parsed = parseVtt(readFileSync(path.join(packDir, captionsFile), 'utf8'));
  if (!parsed.ok) throw new Error(`${captionsFile}: ${parsed.error}`);
  return parsed.cues;
};

/**
 * One narration's camera cues, in time order: per hotspot with names in `lang`, the start of the
 * first caption cue containing one of them. Throws when a name is never spoken (the list is wrong)
 * or two hotspots are first named in the same caption (the camera cannot go to both).
 */
export const deriveCues = (captions: readonly VttCue[], names: ChapterNames, lang: string, where: string): CameraCue[] => {
  const cues: CameraCue[] = [];
  for (const [hotspot, byLanguage] of Object.entries(names)) {
    const spoken = byLanguage[lang] ?? [];
    if (spoken.length === 0) continue;
    const caption = captions.find((cue) => spoken.some((name) => cue.text.includes(name)));
    if (!caption) throw new Error(`${where}: no caption speaks "${spoken.join('" or "')}" (hotspot "${hotspot}")`);
    const clash = cues.find((cue) => cue.atMs === caption.startMs);
    if (clash) throw new Error(`${where}: "${hotspot}" and "${clash.hotspot}" are first named in the same caption`);
    cues.push({ atMs: caption.startMs, hotspot });
  }
  return cues.sort((a, b) => a.atMs - b.atMs);
};

const chapterNames = (spokenNames: SpokenNames, chapter: Chapter): ChapterNames => {
  const names = spokenNames[chapter.id];
  if (!names || typeof names === 'string') throw new Error(`spoken-names.json has no chapter "${chapter.id}"`);
  const unlisted = chapter.hotspots.filter((h) => !names[h.id]).map((h) => h.id);
  if (unlisted.length > 0) throw new Error(`spoken-names.json lists no names for ${chapter.id}: ${unlisted.join(', ')}`);
  return names;
};

/** Whether any hotspot of the chapter has names in `lang`. */
const hasNames = (names: ChapterNames, lang: string) => Object.values(names).some((n) => (n[lang] ?? []).length > 0);

/**
 * The manifest with `cues` on every narration. A language without names of its own that plays the
 * same audio file as one with names (a script variant sharing the spoken narration) takes that
 * language's cues: cues are times in the audio.
 */
export const withNarrationCues = <M extends Omit<PackManifest, 'files'>>(
  manifest: M,
  packDir: string,
  spokenNames: SpokenNames,
): M => ({
  ...manifest,
  chapters: manifest.chapters.map((chapter) => {
    const names = chapterNames(spokenNames, chapter);
    const entries = Object.entries(chapter.narration);
    const own = (lang: string, captions: string) =>
      deriveCues(captionCues(packDir, captions), names, lang, `${chapter.id} ${lang} (${captions})`);
    const narration = Object.fromEntries(
      entries.map(([lang, n]) => {
        if (!n) return [lang, n];
        const speaker = hasNames(names, lang) ? lang : entries.find(([l, o]) => o?.audio === n.audio && hasNames(names, l))?.[0];
        const speakerCaptions = speaker === undefined ? undefined : chapter.narration[speaker as keyof Chapter['narration']]?.captions;
        if (speaker === undefined || !speakerCaptions) {
          console.warn(`warning: no spoken names for ${chapter.id} in ${lang}: its narration gets no camera cues`);
          return [lang, n];
        }
        return [lang, { ...n, cues: own(speaker, speakerCaptions) }];
      }),
    );
    return { ...chapter, narration };
  }),
});

/** Reads and checks assets/default-pack-src/spoken-names.json. */
export const readSpokenNames = (srcDir: string): SpokenNames =>
  SpokenNames.parse(JSON.parse(readFileSync(path.join(srcDir, 'spoken-names.json'), 'utf8')));
