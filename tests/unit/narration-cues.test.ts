import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captionCues, deriveCues, readSpokenNames } from '../../build/narration-cues';
import type { PackManifest } from '../../electron/shared/content-pack';
import { manifestProblems } from '../../electron/shared/pack-validate';
import { tempDir } from '../fixtures/packs/harness';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { bundlePackCli, type CliRun } from '../fixtures/packs/pack-cli-bundle';

/**
 * Camera cues (issue 19, item 1): the default pack's cues are the caption timings at which each
 * hotspot is first named, every named hotspot has one in every language, and a pack whose cues
 * point nowhere, outside the audio or back in time is refused by name.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const packDir = path.join(repoRoot, 'assets/default-pack');
const manifest = JSON.parse(fs.readFileSync(path.join(packDir, 'manifest.json'), 'utf8')) as PackManifest;
const spokenNames = readSpokenNames(path.join(repoRoot, 'assets/default-pack-src'));
const namesOf = (chapterId: string) => spokenNames[chapterId] as Record<string, Record<string, string[]>>;

// zh-Hant is a script conversion sharing the Mandarin audio: its cues are zh-CN's (checked below), not derived again.
const narrations = manifest.chapters.flatMap((chapter) =>
  Object.entries(chapter.narration)
    .filter(([lang]) => lang !== 'zh-Hant')
    .map(([lang, narration]) => ({ chapter, lang, narration: narration! })),
);

describe('the default pack’s camera cues', () => {
  it.each(narrations.map((n) => [`${n.lang}/${n.chapter.id}`, n] as const))(
    '%s: each cue starts the caption that first speaks its hotspot’s name',
    (_, { chapter, lang, narration }) => {
      const captions = captionCues(packDir, narration.captions);
      const cues = narration.cues ?? [];
      for (const cue of cues) {
        const names = namesOf(chapter.id)[cue.hotspot]?.[lang] ?? [];
        const first = captions.findIndex((caption) => names.some((name) => caption.text.includes(name)));
        expect(first, `${cue.hotspot} is named in ${narration.captions}`).toBeGreaterThanOrEqual(0);
        expect(cue.atMs, `${cue.hotspot} in ${narration.captions}`).toBe(captions[first]?.startMs);
      }
      expect(cues.map((c) => c.atMs)).toEqual([...cues.map((c) => c.atMs)].sort((a, b) => a - b));
    },
  );

  it('every hotspot the narration names has a cue, in both languages', () => {
    for (const { chapter, lang, narration } of narrations) {
      const named = chapter.hotspots.filter((h) => (namesOf(chapter.id)[h.id]?.[lang] ?? []).length > 0);
      // The default narration speaks of every one of its places.
      expect(
        named.map((h) => h.id),
        `${lang}/${chapter.id}`,
      ).toEqual(chapter.hotspots.map((h) => h.id));
      expect(new Set(narration.cues?.map((c) => c.hotspot)), `${lang}/${chapter.id}`).toEqual(
        new Set(named.map((h) => h.id)),
      );
    }
    expect(new Set(narrations.map((n) => n.lang))).toEqual(new Set(['zh-CN', 'en']));
  });

  it('zh-Hant, heard from the same Mandarin audio, follows the same cues', () => {
    for (const chapter of manifest.chapters) {
      const [simplified, traditional] = [chapter.narration['zh-CN'], chapter.narration['zh-Hant']];
      expect(traditional?.audio, chapter.id).toBe(simplified?.audio);
      expect(traditional?.cues, chapter.id).toEqual(simplified?.cues);
      expect(traditional?.cues?.length, chapter.id).toBeGreaterThan(0);
    }
  });

  it('the derivation refuses a name the narration never speaks, and two places in one caption', () => {
    const captions = [
      { startMs: 300, endMs: 2000, text: 'Deyang and Bazhong signed' },
      { startMs: 2100, endMs: 4000, text: 'the showcase centre opened' },
    ];
    expect(
      deriveCues(captions, { centre: { en: ['showcase centre'] }, deyang: { en: ['Deyang'] } }, 'en', 'test'),
    ).toEqual([
      { atMs: 300, hotspot: 'deyang' },
      { atMs: 2100, hotspot: 'centre' },
    ]);
    expect(() => deriveCues(captions, { li: { en: ['Taikoo Li'] } }, 'en', 'test')).toThrow(
      /no caption speaks "Taikoo Li"/,
    );
    expect(() => deriveCues(captions, { a: { en: ['Deyang'] }, b: { en: ['Bazhong'] } }, 'en', 'test')).toThrow(
      /"b" and "a" are first named in the same caption/,
    );
  });
});

type Cue = { atMs: number; hotspot: string };
const withCues = (edit: (cues: Cue[], chapter: PackManifest['chapters'][number]) => void): PackManifest => {
  const copy = structuredClone(manifest);
  const chapter = copy.chapters[1]!;
  edit((chapter.narration.en!.cues ??= []), chapter);
  return copy;
};

describe('the pack validator checks cues', () => {
  it('accepts the default pack', () => {
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('names chapter, language, cue index and value of each bad cue', () => {
    const messages = (m: PackManifest) => manifestProblems(m).map((p) => p.message);
    expect(messages(withCues((cues) => (cues[2]!.hotspot = 'ifc-tower')))).toEqual([
      'chapters[1].narration.en.cues[2]: chapter "vitality", en narration, cue 2: hotspot "ifc-tower" is not a hotspot of this chapter',
    ]);
    expect(messages(withCues((cues, chapter) => (cues[3]!.atMs = chapter.narration.en!.durationMs)))).toEqual([
      expect.stringMatching(
        /^chapters\[1\]\.narration\.en\.cues\[3\]: chapter "vitality", en narration, cue 3: atMs \d+ lies outside the audio \(durationMs \d+\)$/,
      ),
    ]);
    expect(messages(withCues((cues) => (cues[1]!.atMs = cues[0]!.atMs)))).toEqual([
      'chapters[1].narration.en.cues[1]: chapter "vitality", en narration, cue 1: atMs 3855 does not come after the previous cue\'s 3855',
    ]);
  });

  it('the schema refuses a cue without a hotspot or with a negative time', () => {
    const bad = withCues((cues) => cues.push({ atMs: -5 } as Cue));
    expect(manifestProblems(bad).map((p) => p.field)).toEqual(
      expect.arrayContaining(['chapters[1].narration.en.cues[4].atMs', 'chapters[1].narration.en.cues[4].hotspot']),
    );
  });
});

describe('kiosk-pack validate', { timeout: 120_000 }, () => {
  let root: string;
  let cli: Awaited<ReturnType<typeof bundlePackCli>>;
  beforeAll(async () => {
    root = tempDir('kiosk-cues-');
    cli = await bundlePackCli();
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    cli.remove();
  });
  const pack = (...args: string[]): CliRun => cli.run(root, args);

  it('accepts good cues and refuses a cue past the end of the audio, naming it', async () => {
    const dir = path.join(root, 'cued');
    await writeTestPack(dir);
    const file = path.join(dir, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as PackManifest;
    m.chapters[2]!.narration['zh-CN']!.cues = [{ atMs: 100, hotspot: 'momentum-spot-1' }];
    fs.writeFileSync(file, JSON.stringify(m, null, 2));
    const good = pack('validate', dir);
    expect(good.code, good.out).toBe(0);
    m.chapters[2]!.narration['zh-CN']!.cues = [
      { atMs: 100, hotspot: 'momentum-spot-1' },
      { atMs: 600, hotspot: 'momentum-spot-2' },
    ];
    fs.writeFileSync(file, JSON.stringify(m, null, 2));
    const bad = pack('validate', dir);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain(
      'chapter "momentum", zh-CN narration, cue 1: atMs 600 lies outside the audio (durationMs 600)',
    );
  });
});
