import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, transcriptSentences } from '../../renderer/content/transcript';
import { parseVtt, type Cue } from '../../renderer/content/vtt';

const cue = (startMs: number, endMs: number, text: string): Cue => ({ startMs, endMs, text });

const PACK = path.resolve(__dirname, '../../assets/default-pack');
const manifest = JSON.parse(fs.readFileSync(path.join(PACK, 'manifest.json'), 'utf8')) as {
  chapters: Array<{ id: string; narration: Record<string, { captions: string }> }>;
};
const packCaptions = manifest.chapters.flatMap((chapter) =>
  Object.entries(chapter.narration).map(([language, files]) => ({
    name: `${chapter.id} ${language}`,
    cues: parseVtt(fs.readFileSync(path.join(PACK, files.captions), 'utf8')),
  })),
);

describe('transcript sentences', () => {
  it('joins the cues of one sentence: a space between English words, none in Chinese', () => {
    const sentences = transcriptSentences([
      cue(300, 4000, 'Big data is the momentum.'),
      cue(4600, 9000, 'With the Yufu zone'),
      cue(9000, 14000, 'as its base, Jiangbei leads.'),
      cue(14600, 18000, '江北区以江北嘴为依托，'),
      cue(18000, 27000, '在打造“内陆国际金融中心”上争作示范。'),
    ]);
    expect(sentences).toEqual([
      { startMs: 300, endMs: 4000, text: 'Big data is the momentum.' },
      { startMs: 4600, endMs: 14000, text: 'With the Yufu zone as its base, Jiangbei leads.' },
      { startMs: 14600, endMs: 27000, text: '江北区以江北嘴为依托，在打造“内陆国际金融中心”上争作示范。' },
    ]);
  });

  it('ends a sentence at a closing quote after its full stop, and keeps a last sentence without one', () => {
    const sentences = transcriptSentences([
      cue(0, 1000, 'He said “it works.”'),
      cue(1000, 2000, '江北“金字招牌”。”'),
      cue(2000, 3000, 'and then'),
      cue(3000, 4000, 'it stopped'),
    ]);
    expect(sentences.map((s) => s.text)).toEqual(['He said “it works.”', '江北“金字招牌”。”', 'and then it stopped']);
    expect(sentences[2]).toMatchObject({ startMs: 2000, endMs: 4000 });
  });

  it("joins a cue's own lines by the same rule", () => {
    expect(transcriptSentences([cue(0, 900, '江北区实现\n社会消费品零售总额。'), cue(900, 1800, 'Two\nlines.')])).toEqual([
      { startMs: 0, endMs: 900, text: '江北区实现社会消费品零售总额。' },
      { startMs: 900, endMs: 1800, text: 'Two lines.' },
    ]);
  });

  it('skips empty cues and has no sentences without cues', () => {
    expect(transcriptSentences([])).toEqual([]);
    expect(transcriptSentences([cue(0, 500, '  '), cue(500, 900, 'One.')])).toEqual([
      { startMs: 500, endMs: 900, text: 'One.' },
    ]);
  });

  it.each(packCaptions)('default pack $name: every sentence ends with its full stop and nothing is lost', ({ cues }) => {
    const sentences = transcriptSentences(cues);
    expect(sentences.length).toBeGreaterThan(2);
    expect(sentences.length).toBeLessThan(cues.length);
    for (const sentence of sentences) expect(sentence.text).toMatch(/[.!?。！？][”’"）)]*$/u);
    const letters = (text: string) => text.replace(/\s+/g, '');
    expect(letters(sentences.map((s) => s.text).join(''))).toBe(letters(cues.map((c) => c.text).join('')));
    expect(sentences[0]?.startMs).toBe(cues[0]?.startMs);
    expect(sentences.at(-1)?.endMs).toBe(cues.at(-1)?.endMs);
  });
});

describe('sentence at a position', () => {
  const sentences = transcriptSentences([
    cue(300, 4000, 'One.'),
    cue(4600, 9000, 'Two'),
    cue(9000, 14000, 'still two.'),
    cue(14600, 18000, 'Three.'),
  ]);

  it('is the sentence being spoken, the one just heard in a pause, and the first before the narration starts', () => {
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt(sentences, 300)).toBe(0);
    expect(sentenceIndexAt(sentences, 4300)).toBe(0);
    expect(sentenceIndexAt(sentences, 4600)).toBe(1);
    expect(sentenceIndexAt(sentences, 11_000)).toBe(1);
    expect(sentenceIndexAt(sentences, 14_599)).toBe(1);
    expect(sentenceIndexAt(sentences, 14_600)).toBe(2);
    expect(sentenceIndexAt(sentences, 60_000)).toBe(2);
  });

  it('is -1 without sentences', () => {
    expect(sentenceIndexAt([], 1000)).toBe(-1);
  });
});
