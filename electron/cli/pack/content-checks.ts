import fs from 'node:fs';
import path from 'node:path';
import type { PackManifest } from '../../shared/content-pack';
import { parseVtt } from '../../shared/pack-vtt';
import { captionWarnings } from './caption-limits';
import { MAX_IMAGE_SIDE, probeAudioMs, probeImage, type ImageInfo } from './media-probe';

/** Captions may end this much before the audio does (trailing silence). */
const CAPTION_SLACK_MS = 1_000;
/** The manifest's durationMs may differ from the measured audio by this much. */
const DURATION_SLACK_MS = 500;

/** A vector layer whose aspect ratio differs from the panorama's by more than this is stretched. */
const ASPECT_SLACK = 0.01;

/** One chapter's report: what passed, what must be fixed, and what the kiosk will show differently. */
export type ChapterReport = { id: string; lines: string[]; problems: string[]; warnings: string[] };

/** Why a layer will look worse than the declared panorama, or null: raster too small, vector stretched. */
const layerSizeWarning = (image: ImageInfo & { ok: true }, panorama: { width: number; height: number }) => {
  const declared = `${panorama.width}×${panorama.height}`;
  if (image.kind === 'raster' && (image.width < panorama.width || image.height < panorama.height))
    return `${image.width}×${image.height} px is smaller than the panorama's declared ${declared}: the kiosk will upscale it (blurred)`;
  const ratio = image.width / image.height / (panorama.width / panorama.height);
  if (image.kind === 'vector' && Math.abs(ratio - 1) > ASPECT_SLACK)
    return `its ${image.width}×${image.height} proportions differ from the panorama's declared ${declared}`;
  return null;
};

/**
 * The checks a schema cannot do, on a verified copy of the pack in `dir`: captions
 * parse and cover the narration, audio decodes and matches its declared duration,
 * images decode and stay within size limits; warnings for what the kiosk will show
 * differently (SVG features it drops, layers smaller than the panorama).
 */
export const checkContent = async (
  dir: string,
  m: PackManifest,
): Promise<{ chapters: ChapterReport[]; notes: string[] }> => {
  const notes = new Set<string>();
  const chapters: ChapterReport[] = [];
  for (const chapter of m.chapters) {
    const report: ChapterReport = { id: chapter.id, lines: [], problems: [], warnings: [] };
    for (const layer of chapter.panorama.layers) {
      const image = await probeImage(path.join(dir, layer.file));
      if (!image.ok) {
        report.problems.push(`${layer.file}: ${image.error}`);
        continue;
      }
      if (image.width > MAX_IMAGE_SIDE || image.height > MAX_IMAGE_SIDE) {
        report.problems.push(`${layer.file}: ${image.width}×${image.height} px is over the ${MAX_IMAGE_SIDE} px limit`);
        continue;
      }
      report.lines.push(`image ${layer.file} ${image.width}×${image.height}`);
      const size = layerSizeWarning(image, chapter.panorama);
      for (const warning of size ? [...image.warnings, size] : image.warnings)
        report.warnings.push(`${layer.file}: ${warning}`);
    }
    for (const lang of m.languages) {
      const narration = chapter.narration[lang];
      if (!narration) continue; // reported by the manifest check
      const audio = await probeAudioMs(path.join(dir, narration.audio));
      let audioMs = narration.durationMs;
      if (audio === 'unavailable')
        notes.add('ffprobe is not installed (it comes with ffmpeg): audio was not decoded and no duration was checked');
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
