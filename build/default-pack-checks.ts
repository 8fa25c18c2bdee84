/**
 * Word-level checks the default pack's build runs after merging its sources (issue 20,
 * items 5 and 6): captions within the two-line and reading-speed limits, and every
 * displayed text, caption and alt text consistent with the terminology table. Any
 * finding fails the build, so a drifting term or an over-long cue never ships.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { captionFindings } from '../electron/cli/pack/caption-limits';
import type { PackManifest } from '../electron/shared/content-pack';
import { parseVtt } from '../electron/shared/pack-vtt';
import { collectPairs, terminologyFindings, type PackText, type Terminology } from './terminology';

/** Manifest fields that are not visitor-facing words (ids, files, numbers) are skipped by collectPairs. */
export const defaultPackWordProblems = (
  manifest: Omit<PackManifest, 'files'>,
  packDir: string,
  table: Terminology,
): string[] => {
  const problems: string[] = [];
  const pairs = collectPairs(manifest);
  const texts: PackText[] = pairs.flatMap((p) => [
    { where: p.where, lang: 'zh-CN', text: p.zh },
    { where: p.where, lang: 'en', text: p.en },
  ]);
  for (const chapter of manifest.chapters)
    for (const [lang, narration] of Object.entries(chapter.narration)) {
      if (!narration) continue;
      const parsed = parseVtt(readFileSync(path.join(packDir, narration.captions), 'utf8'));
      if (!parsed.ok) {
        problems.push(`${narration.captions}: ${parsed.error}`);
        continue;
      }
      for (const f of captionFindings(parsed.cues)) problems.push(`${narration.captions}: ${f.message}`);
      parsed.cues.forEach((cue, i) =>
        texts.push({ where: `${narration.captions} cue ${i + 1}`, lang, text: cue.text }),
      );
    }
  return [...problems, ...terminologyFindings(table, texts, pairs)];
};
