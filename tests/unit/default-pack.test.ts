import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { describePackFiles, mergeSources } from '../../build/build-default-pack';
import { addTraditionalChinese } from '../../build/zh-hant';
import { readSpokenNames, withNarrationCues } from '../../build/narration-cues';
import type { PackManifest } from '../../electron/shared/content-pack';
import { Terminology } from '../../electron/shared/pack-terminology';
import { manifestProblems, referencedFiles, validateManifest } from '../../electron/shared/pack-validate';

/** The committed default pack must be installable as it stands: valid, complete, and honest about its files. */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const packDir = path.join(repoRoot, 'assets/default-pack');
const manifestPath = path.join(packDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackManifest;

/** Every file on disk in the pack (pack-relative, forward slashes), except the manifest and signatures. */
const filesOnDisk = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesOnDisk(path.join(dir, entry.name), rel);
    return rel === 'manifest.json' || rel.endsWith('.sig') ? [] : [rel];
  });

/** Duration in ms as ffprobe (and so a player) sees it. */
const probeDurationMs = (file: string): number =>
  1000 *
  Number(
    execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], {
      encoding: 'utf8',
    }).trim(),
  );

/** End time in ms of the last cue of a WebVTT file. */
const lastCueEndMs = (vtt: string): number => {
  const ends = [...vtt.matchAll(/--> (\d\d):(\d\d):(\d\d)\.(\d{3})/g)].map(
    ([, h, m, s, ms]) => ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms),
  );
  if (ends.length === 0) throw new Error('no cues');
  return ends[ends.length - 1]!;
};

const narrations = manifest.chapters.flatMap((chapter) =>
  Object.entries(chapter.narration).map(([lang, n]) => ({
    name: `${lang}/${chapter.id}`,
    ...n!,
  })),
);

describe('committed default pack', () => {
  it('validates', () => {
    expect(manifestProblems(manifest)).toEqual([]);
    expect(validateManifest(manifest).ok).toBe(true);
  });

  it('lists exactly the files on disk, with their sizes and SHA-256', () => {
    expect(manifest.files.map((f) => f.path)).toEqual(
      filesOnDisk(packDir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    for (const file of manifest.files) {
      const full = path.join(packDir, file.path);
      expect(statSync(full).size, file.path).toBe(file.size);
      expect(createHash('sha256').update(readFileSync(full)).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  it('is what the build script would write now (rebuild with npx tsx build/build-default-pack.ts)', () => {
    const source = (file: string) =>
      JSON.parse(readFileSync(path.join(repoRoot, 'assets/default-pack-src', file), 'utf8'));
    const merged = mergeSources(source('content.json'), source('panoramas.json'), source('narration-durations.json'));
    const cued = withNarrationCues(merged, packDir, readSpokenNames(path.join(repoRoot, 'assets/default-pack-src')));
    const rebuilt = addTraditionalChinese(cued, packDir, false);
    const terminology = Terminology.parse(source('terminology.json'));
    expect(manifest).toEqual({ ...rebuilt, files: describePackFiles(packDir), terminology });
    expect(readFileSync(manifestPath, 'utf8')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
  });

  it('has every file it refers to', () => {
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const ref of referencedFiles(manifest)) {
      expect(existsSync(path.join(packDir, ref)), ref).toBe(true);
      expect(listed.has(ref), `${ref} listed in files`).toBe(true);
    }
  });

  it.each(narrations)(
    '$name: audio lasts durationMs (±2%) and its captions end within it',
    ({ audio, captions, durationMs }) => {
      const measured = probeDurationMs(path.join(packDir, audio));
      expect(Math.abs(measured - durationMs) / durationMs).toBeLessThanOrEqual(0.02);
      expect(lastCueEndMs(readFileSync(path.join(packDir, captions), 'utf8'))).toBeLessThanOrEqual(measured);
    },
  );

  it.each(narrations)('$name: narration runs about 60–120 s', ({ durationMs }) => {
    expect(durationMs).toBeGreaterThanOrEqual(60_000);
    expect(durationMs).toBeLessThanOrEqual(120_000);
  });
});
