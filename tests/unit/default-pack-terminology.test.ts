import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { defaultPackWordProblems } from '../../build/default-pack-checks';
import { collectPairs, Terminology, terminologyFindings } from '../../build/terminology';
import type { PackManifest } from '../../electron/shared/content-pack';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const packDir = path.join(repoRoot, 'assets/default-pack');
const table = Terminology.parse(
  JSON.parse(readFileSync(path.join(repoRoot, 'assets/default-pack-src/terminology.json'), 'utf8')),
);
const manifest = JSON.parse(readFileSync(path.join(packDir, 'manifest.json'), 'utf8')) as PackManifest;

const check = (zh: string, en: string) => {
  const pairs = [{ where: 'test', zh, en }];
  return terminologyFindings(
    table,
    [
      { where: 'test', lang: 'zh-CN', text: zh },
      { where: 'test', lang: 'en', text: en },
    ],
    pairs,
  );
};

describe('terminology table', () => {
  it('the committed default pack (texts, alt texts, captions) has no finding', () => {
    expect(defaultPackWordProblems(manifest, packDir, table)).toEqual([]);
  });

  it('fails on a form the table avoids (示范区 as "model zone", 亿元 as "yuan", "weather pavilion")', () => {
    expect(check('示范区', 'a model zone').join('\n')).toMatch(/model zone/);
    expect(check('160.3亿元', '16.03 billion yuan').join('\n')).toMatch(/yuan/);
    expect(check('测候亭', 'the weather pavilion').join('\n')).toMatch(/weather pavilion/);
  });

  it('fails on an English name outside the table', () => {
    expect(check('江北区', 'Jiangbei and Nanan District')).toEqual([
      'test (en): "Nanan" is a term outside the terminology table',
    ]);
  });

  it('fails when the Chinese uses a term and the English none of its forms', () => {
    expect(check('江北嘴江滩公园', 'the riverside park').join('\n')).toMatch(/江北嘴江滩公园/);
  });

  it('fails on quote marks outside the table', () => {
    expect(check('「长嘉汇」', 'Changjiahui').join('\n')).toMatch(/「/);
    expect(check('长嘉汇', '"Changjiahui"').join('\n')).toMatch(/"/);
  });

  it('skips `source` quotes, which stay verbatim to the article', () => {
    expect(collectPairs({ fact: { source: '「x」', title: { 'zh-CN': '长嘉汇', en: 'Changjiahui' } } })).toEqual([
      { where: 'fact.title', zh: '长嘉汇', en: 'Changjiahui' },
    ]);
  });

  it('reports an over-long caption cue of the pack (the build fails on any report)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'captions-'));
    try {
      const chapter = manifest.chapters[0]!;
      const captions = 'narration/en/hard-core.vtt';
      mkdirSync(path.join(dir, 'narration/en'), { recursive: true });
      const long =
        'Jiangbei held nearly one third of Chongqing’s financial assets, and its financial institutions held nearly one fifth.';
      writeFileSync(path.join(dir, captions), `WEBVTT\n\n1\n00:00:00.000 --> 00:00:10.000\n${long}\n`);
      const one = {
        ...manifest,
        chapters: [{ ...chapter, narration: { en: { ...chapter.narration.en!, captions } } }],
      };
      const problems = defaultPackWordProblems(one, dir, table);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/cue 1 needs more than 2 lines of 42 Latin characters/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
