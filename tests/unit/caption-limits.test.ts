import { describe, it, expect } from 'vitest';
import { splitIntoClauses } from '../../build/narration/clauses';
import { cuesFromClauses } from '../../build/narration/timeline';
import { captionFindings, fitsCaptionLines, wrapCaption } from '../../electron/cli/pack/caption-limits';

const cue = (text: string, seconds: number) => ({ startMs: 0, endMs: seconds * 1000, text });

describe('caption limits (two lines of 42 Latin / 16 CJK characters; 20 / 9 characters a second)', () => {
  it('accepts a cue that wraps into two lines of 42', () => {
    const text = 'In the first quarter of 2020, Jiangbei’s total retail sales of consumer goods';
    expect(wrapCaption(text).every((l) => l.length <= 42)).toBe(true);
    expect(fitsCaptionLines(text)).toBe(true);
  });

  it('flags an English cue of three lines and a Chinese cue over 32 characters', () => {
    const en =
      'Jiangbei held nearly one third of Chongqing’s financial assets, and its financial institutions held nearly one fifth';
    const zh = '江北区金融资产规模占全市近三分之一，金融机构存贷款余额占全市近五分之一。';
    expect(captionFindings([cue(en, 10)]).map((f) => f.kind)).toEqual(['too-long']);
    expect(captionFindings([cue(zh, 10)]).map((f) => f.kind)).toEqual(['too-long']);
  });

  it('flags cues read faster than 20 Latin or 9 CJK characters a second', () => {
    expect(captionFindings([cue('Finance is the hard core of Changjiahui.', 1)]).map((f) => f.kind)).toEqual([
      'too-fast',
    ]);
    expect(captionFindings([cue('“长嘉汇”的硬核就是金融。', 1)]).map((f) => f.kind)).toEqual(['too-fast']);
    expect(captionFindings([cue('“长嘉汇”的硬核就是金融。', 2)])).toEqual([]);
  });
});

describe('splitIntoClauses', () => {
  it('cuts English at clause marks first and keeps every cue within two lines', () => {
    const s =
      'In 2020, the district government also signed a strategic cooperation agreement with Bank of Chengdu, to help Chengdu and Chongqing jointly build a western financial centre.';
    const cues = splitIntoClauses(s);
    expect(cues.join(' ')).toBe(s);
    expect(cues.length).toBeGreaterThan(1);
    for (const c of cues) expect(fitsCaptionLines(c), c).toBe(true);
  });

  it('cuts Chinese only after a clause mark, and refuses a clause that cannot fit', () => {
    expect(
      splitIntoClauses(
        '2020年5月19日，江北区和德阳市在渝签署合作协议，携手推进教育、餐饮、文旅和金融等领域的专项合作。',
      ),
    ).toEqual(['2020年5月19日，江北区和德阳市在渝签署合作协议，', '携手推进教育、餐饮、文旅和金融等领域的专项合作。']);
    expect(() => splitIntoClauses('下一步将加快推进入选全市首轮工业投资项目集中开工的10大项目建设。')).toThrow(
      /clause mark/,
    );
  });
});

describe('cuesFromClauses', () => {
  it('shares a sentence’s measured time among its clauses in proportion to their own audio', () => {
    const cues = cuesFromClauses(
      [
        { clauses: ['a,', 'b.'], seconds: 3, clauseSeconds: [1, 2] },
        { clauses: ['c.'], seconds: 1, clauseSeconds: [1] },
      ],
      { leadIn: 0.5, between: 0.5, tail: 0.5 },
    );
    expect(cues).toEqual([
      { text: 'a,', startMs: 500, endMs: 1500 },
      { text: 'b.', startMs: 1500, endMs: 3500 },
      { text: 'c.', startMs: 4000, endMs: 5000 },
    ]);
  });
});
