import { describe, it, expect } from 'vitest';
import { spokenText } from '../../build/narration/spoken-text';
import { cuesFromDurations } from '../../build/narration/timeline';
import { buildVtt, formatVttTimestamp } from '../../build/narration/vtt';

describe('formatVttTimestamp', () => {
  it('writes HH:MM:SS.mmm with zero padding', () => {
    expect(formatVttTimestamp(0)).toBe('00:00:00.000');
    expect(formatVttTimestamp(5_330)).toBe('00:00:05.330');
    expect(formatVttTimestamp(61_001)).toBe('00:01:01.001');
    expect(formatVttTimestamp(3_600_000 + 59 * 60_000 + 59_999)).toBe('01:59:59.999');
  });

  it('rounds fractional milliseconds', () => {
    expect(formatVttTimestamp(999.6)).toBe('00:00:01.000');
    expect(formatVttTimestamp(1.4)).toBe('00:00:00.001');
  });

  it('rejects negative or non-finite times', () => {
    expect(() => formatVttTimestamp(-1)).toThrow(RangeError);
    expect(() => formatVttTimestamp(Number.NaN)).toThrow(RangeError);
  });
});

describe('buildVtt', () => {
  it('writes the header and numbered cues separated by blank lines', () => {
    const vtt = buildVtt([
      { startMs: 300, endMs: 4_729, text: '“长嘉汇”的活力就是商贸。' },
      {
        startMs: 5_330,
        endMs: 20_704,
        text: 'Commerce is the vitality of Changjiahui.',
      },
    ]);
    expect(vtt).toBe(
      'WEBVTT\n\n1\n00:00:00.300 --> 00:00:04.729\n“长嘉汇”的活力就是商贸。\n\n' +
        '2\n00:00:05.330 --> 00:00:20.704\nCommerce is the vitality of Changjiahui.\n',
    );
  });

  it('keeps each cue on one line and defuses "-->" so the file stays parseable', () => {
    const vtt = buildVtt([{ startMs: 0, endMs: 1_000, text: 'a\nb --> c' }]);
    expect(vtt).toContain('\na b -> c\n');
  });

  it('refuses cues that run backwards or overlap', () => {
    expect(() => buildVtt([{ startMs: 10, endMs: 10, text: 'x' }])).toThrow(/ends before/);
    expect(() =>
      buildVtt([
        { startMs: 0, endMs: 1_000, text: 'x' },
        { startMs: 999, endMs: 2_000, text: 'y' },
      ]),
    ).toThrow(/overlaps/);
  });
});

describe('cuesFromDurations', () => {
  it('lays sentences end to end with the lead-in and pauses between them', () => {
    const cues = cuesFromDurations(['one', 'two'], [1.5, 2.25], {
      leadIn: 0.3,
      between: 0.6,
      tail: 0.6,
    });
    expect(cues).toEqual([
      { text: 'one', startMs: 300, endMs: 1_800 },
      { text: 'two', startMs: 2_400, endMs: 4_650 },
    ]);
  });

  it('never rounds a cue end past the audio it describes', () => {
    const [cue] = cuesFromDurations(['x'], [1.0006], {
      leadIn: 0,
      between: 0,
      tail: 0,
    });
    expect(cue?.endMs).toBe(1_000);
  });

  it('needs one duration per sentence', () => {
    expect(() => cuesFromDurations(['a', 'b'], [1])).toThrow();
  });
});

describe('spokenText (what espeak-ng is given; captions keep the original)', () => {
  it('reads numbers, decimals, percentages and years in Chinese words', () => {
    expect(spokenText('截至2020年一季度，近480家金融机构', 'zh-CN')).toBe('截至二零二零年一季度，近四百八十家金融机构');
    expect(spokenText('160.3亿元，增幅0.1%', 'zh-CN')).toBe('一百六十点三亿元，增幅百分之零点一');
    expect(spokenText('40.07亿元，199%', 'zh-CN')).toBe('四十点零七亿元，百分之一百九十九');
    expect(spokenText('10大项目，5月26日，约158公顷，100亿级', 'zh-CN')).toBe(
      '十大项目，五月二十六日，约一百五十八公顷，一百亿级',
    );
  });

  it('counts with 两 and names Latin letters', () => {
    expect(spokenText('近2年来', 'zh-CN')).toBe('近两年来');
    expect(spokenText('5G网络、L4级、欧盟CE认证', 'zh-CN')).toBe('五吉网络、艾勒四级、欧盟西伊认证');
  });

  it('gives words espeak-ng misreads in pinyin, with tone numbers left as digits', () => {
    expect(spokenText('开建重庆第一高楼', 'zh-CN')).toBe('开建 chong2 qing4 第一高楼');
    expect(spokenText('与成都银行签署', 'zh-CN')).toBe('与 cheng2 du1 yin2 hang2 签署');
    expect(spokenText('同比增长0.1%', 'zh-CN')).toBe('同比 zeng1 zhang3 百分之零点一');
    expect(spokenText('成渝地区', 'zh-CN')).toBe('成渝 di4 qu1');
  });

  it('drops typographic quotes and turns a dash into a pause', () => {
    expect(spokenText('第一高楼——江北嘴国际金融中心', 'zh-CN')).toBe('第一高楼，江北嘴国际金融中心');
    expect(spokenText('“长嘉汇”', 'zh-CN')).toBe('长嘉汇');
    expect(spokenText('Jiangbei’s “night economy”', 'en')).toBe("Jiangbei's night economy");
  });
});
