import fs from 'node:fs';
import path from 'node:path';
import type { PackManifest } from '../../shared/content-pack';
import { parseVtt } from '../../shared/pack-vtt';
import { captionWarnings } from './caption-limits';
import { probeAudioMs, probeImage } from './media-probe';

/** Largest panorama side Chromium can upload as one GPU texture. */
export const MAX_IMAGE_SIDE = 16_384;
/** Captions may end this much before the audio does (trailing silence). */
const CAPTION_SLACK_MS = 1_000;
/** The manifest's durationMs may differ from the measured audio by this much. */
const DURATION_SLACK_MS = 500;

/** One line of the per-chapter report. */
export type ChapterReport = { id: string; lines: string[]; problems: string[] };

/**
 * The checks a schema cannot do, on a verified copy of the pack in `dir`: captions
 * parse and cover the narration, audio decodes and matches its declared duration,
 * images decode and stay within size limits.
 */
export const checkContent = async (
  dir: string,
  m: PackManifest,
): Promise<{ chapters: ChapterReport[]; notes: string[] }> => {
  const notes = new Set<string>();
  const chapters: ChapterReport[] = [];
  for (const chapter of m.chapters) {
    const report: ChapterReport = { id: chapter.id, lines: [], problems: [] };
    for (const layer of chapter.panorama.layers) {
      const image = await probeImage(path.join(dir, layer.file));
      if (!image.ok) report.problems.push(`${layer.file}: ${image.error}`);
      else if (image.width > MAX_IMAGE_SIDE || image.height > MAX_IMAGE_SIDE) {
        report.problems.push(`${layer.file}: ${image.width}×${image.height} px is over the ${MAX_IMAGE_SIDE} px limit`);
      } else report.lines.push(`image ${layer.file} ${image.width}×${image.height}`);
    }
    for (const lang of m.languages) {
      const narration = chapter.narration[lang];
      if (!narration) continue; // reported by the manifest check
      const audio = await probeAudioMs(path.join(dir, narration.audio));
      let audioMs = narration.durationMs;
      if (audio === 'unavailable') notes.add('ffprobe not found: audio durations not checked');
      else if (typeof audio === 'object') report.problems.push(`${narration.audio}: ${audio.error}`);
      else {
        audioMs = audio;
        if (Math.abs(audio - narration.durationMs) > DURATION_SLACK_MS) {
          report.problems.push(
            `${narration.audio}: lasts ${audio} ms but manifest.json says durationMs ${narration.durationMs}`,
          );
        }
      }
      const vtt = parseVtt(fs.readFileSync(path.join(dir, narration.captions), 'utf8'));
      if (!vtt.ok) report.problems.push(`${narration.captions}: ${vtt.error}`);
      else if (vtt.cues.length === 0) report.problems.push(`${narration.captions}: has no cues`);
      else {
        for (const warning of captionWarnings(narration.captions, vtt.cues)) notes.add(warning);
        const end = Math.max(...vtt.cues.map((c) => c.endMs));
        if (end + CAPTION_SLACK_MS < audioMs)
          report.problems.push(`${narration.captions}: captions end at ${end} ms, the audio lasts ${audioMs} ms`);
        else report.lines.push(`${lang} narration ${(audioMs / 1000).toFixed(1)} s, ${vtt.cues.length} caption cues`);
      }
    }
    chapters.push(report);
  }
  return { chapters, notes: [...notes] };
};
