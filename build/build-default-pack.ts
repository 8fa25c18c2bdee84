/**
 * Assembles assets/default-pack/manifest.json from its sources:
 *   assets/default-pack-src/content.json            words (texts, facts, figures)
 *   assets/default-pack-src/panoramas.json          panorama art and hotspot positions
 *   assets/default-pack-src/narration-durations.json measured narration lengths
 *   assets/default-pack-src/terminology.json         the one table of zh ↔ en terms (shipped in the manifest)
 *   assets/default-pack-src/spoken-names.json        hotspot names the narration speaks (camera cues)
 * plus a size and SHA-256 for every file of the pack, then validates the result and
 * fails on a caption over the limits or a term outside the table (default-pack-checks.ts).
 * Deterministic: the same inputs give the same bytes.
 * Run: npx tsx build/build-default-pack.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Chapter, CHAPTER_IDS, Hotspot, PackManifest, Panorama, type PackFile } from '../electron/shared/content-pack';
import { manifestProblems } from '../electron/shared/pack-validate';
import { defaultPackWordProblems } from './default-pack-checks';
import { readSpokenNames, withNarrationCues } from './narration-cues';
import { orderedManifest } from './ordered-manifest';
import { Terminology } from './terminology';
import { addTraditionalChinese } from './zh-hant';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(repoRoot, 'assets/default-pack-src');
const packDir = path.join(repoRoot, 'assets/default-pack');

/** content.json: the manifest's words; hotspots carry no position (the art decides that). */
const ContentSource = PackManifest.omit({
  schemaVersion: true,
  chapters: true,
  files: true,
}).extend({
  chapters: z.array(
    Chapter.omit({ panorama: true, narration: true }).extend({
      hotspots: z.array(Hotspot.omit({ x: true, y: true })),
    }),
  ),
});
type ContentSource = z.infer<typeof ContentSource>;

/** panoramas.json: per chapter, the panorama plus where each hotspot sits on it. */
const PanoramaSources = z.record(
  z.string(),
  Panorama.extend({
    hotspots: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
  }),
);
type PanoramaSources = z.infer<typeof PanoramaSources>;

/** narration-durations.json: { lang: { chapterId: durationMs } }, written by build/narration/generate.ts. */
const NarrationDurations = z.record(z.string(), z.record(z.string(), z.number().int().positive()));
type NarrationDurations = z.infer<typeof NarrationDurations>;

/** Thrown for a problem in the sources; main prints the message without a stack. */
class SourceError extends Error {}

const readSource = <T>(file: string, schema: z.ZodType<T>, hint: string): T => {
  const full = path.join(srcDir, file);
  if (!existsSync(full)) throw new SourceError(`${path.relative(repoRoot, full)} does not exist yet: ${hint}`);
  const parsed = schema.safeParse(JSON.parse(readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new SourceError(`${file} is malformed:\n${issues.join('\n')}`);
  }
  return parsed.data;
};

/** Lists every file of the pack (pack-relative, forward slashes) except the manifest and signatures. */
const packFilePaths = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return packFilePaths(path.join(dir, entry.name), rel);
    const isManifestOrSignature = rel === 'manifest.json' || /\.sig$/.test(rel) || /^signature/.test(rel);
    return isManifestOrSignature ? [] : [rel];
  });

/**
 * Size and SHA-256 of every file in the pack folder, sorted by path with a plain
 * code-unit comparison (not locale-aware) so the order is the same on every machine.
 */
export const describePackFiles = (dir: string): PackFile[] =>
  packFilePaths(dir)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((rel) => {
      const bytes = readFileSync(path.join(dir, rel));
      return {
        path: rel,
        size: statSync(path.join(dir, rel)).size,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });

/**
 * Merges the three sources into a manifest (without `files`). Collects every missing
 * piece (chapter art, hotspot position, narration duration) and throws them together,
 * so whoever owns the gap sees all of it at once.
 */
export const mergeSources = (
  content: ContentSource,
  panoramas: PanoramaSources,
  durations: NarrationDurations,
): Omit<PackManifest, 'files'> => {
  const missing: string[] = [];
  const chapters = content.chapters.map((chapter) => {
    const art = panoramas[chapter.id];
    if (!art) missing.push(`panoramas.json has no entry for chapter "${chapter.id}"`);
    const hotspots = chapter.hotspots.map(({ id, fact }) => {
      const at = art?.hotspots[id];
      if (art && !at) missing.push(`panoramas.json chapter "${chapter.id}" has no position for hotspot "${id}"`);
      return { id, x: at?.x ?? 0, y: at?.y ?? 0, fact };
    });
    const known = new Set(chapter.hotspots.map((h) => h.id));
    for (const id of Object.keys(art?.hotspots ?? {})) {
      if (!known.has(id))
        console.warn(
          `warning: panoramas.json positions hotspot "${id}" in "${chapter.id}", which content.json does not have`,
        );
    }
    const narration = Object.fromEntries(
      content.languages.map((lang) => {
        const durationMs = durations[lang]?.[chapter.id];
        if (!durationMs)
          missing.push(
            `narration-durations.json has no "${lang}" duration for "${chapter.id}" (run npx tsx build/narration/generate.ts)`,
          );
        return [
          lang,
          {
            audio: `narration/${lang}/${chapter.id}.opus`,
            captions: `narration/${lang}/${chapter.id}.vtt`,
            durationMs: durationMs ?? 0,
          },
        ];
      }),
    );
    const { width = 0, height = 0, layers = [], alt = {}, labels } = art ?? {};
    return {
      ...chapter,
      panorama: { width, height, layers, alt, ...(labels && { labels }) },
      hotspots,
      narration,
    };
  });
  const missingChapters = CHAPTER_IDS.filter((id) => !content.chapters.some((c) => c.id === id));
  for (const id of missingChapters) missing.push(`content.json has no chapter "${id}"`);
  if (missing.length > 0)
    throw new SourceError(`the default pack's sources are incomplete:\n  ${missing.join('\n  ')}`);

  // The pack's own uiStrings and terminology come from other steps (zh-hant.ts, terminology.json).
  const { uiStrings: _uiStrings, terminology: _terminology, ...texts } = content;
  return orderedManifest({ ...texts, schemaVersion: 1 as const, chapters });
};

const main = (): void => {
  const content = readSource('content.json', ContentSource, 'it holds the pack texts');
  const panoramas = readSource(
    'panoramas.json',
    PanoramaSources,
    'the panorama art engineer writes it (build/panoramas)',
  );
  const durations = readSource(
    'narration-durations.json',
    NarrationDurations,
    'run npx tsx build/narration/generate.ts',
  );
  const terminology = readSource('terminology.json', Terminology, 'it holds the zh ↔ en terms the texts must use');
  const manifest: PackManifest = {
    // Cues first: zh-Hant shares the Mandarin audio, so it takes zh-CN's cues with it.
    ...addTraditionalChinese(
      withNarrationCues(mergeSources(content, panoramas, durations), packDir, readSpokenNames(srcDir)),
      packDir,
    ),
    files: describePackFiles(packDir),
    terminology, // the renderer sets Chinese lines by the active pack's own table
  };

  const problems = manifestProblems(manifest);
  const present = new Set(manifest.files.map((f) => f.path));
  for (const chapter of manifest.chapters) {
    const refs = [
      ...chapter.panorama.layers.map((l) => l.file),
      ...Object.values(chapter.narration).flatMap((n) => (n ? [n.audio, n.captions] : [])),
    ];
    for (const ref of refs)
      if (!present.has(ref))
        problems.push({
          field: chapter.id,
          message: `${chapter.id}: file "${ref}" is not in assets/default-pack`,
        });
  }
  if (problems.length === 0)
    for (const message of defaultPackWordProblems(manifest, packDir, terminology))
      problems.push({ field: 'words', message });
  if (problems.length > 0) {
    console.error(`manifest.json would be invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) console.error(`  ${p.message}`);
    process.exit(1);
  }
  writeFileSync(path.join(packDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `wrote assets/default-pack/manifest.json (${manifest.files.length} files, languages ${manifest.languages.join(', ')})`,
  );
};

// Run only when executed directly, so tests can import the helpers.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(`build-default-pack: ${error.message}`);
    process.exit(1);
  }
}
