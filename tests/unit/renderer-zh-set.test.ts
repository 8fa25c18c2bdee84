import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, noBreakRuns } from '../../renderer/content/zh-set';

const kept = (text: string) =>
  noBreakRuns(text)
    .filter((run) => run.keep)
    .map((run) => run.text);

describe('Chinese no-break runs', () => {
  it('keeps dates, numbers with their units and the table’s names whole', () => {
    expect(kept('2020年4月20日开建')).toEqual(['2020年4月20日']);
    expect(kept('市民5月26日起')).toEqual(['5月26日']);
    expect(kept('实现社会消费品零售总额160.3亿元，同比增长0.1%')).toEqual(['社会消费品零售总额', '160.3亿元', '0.1%']);
    expect(kept('江北嘴国际金融中心')).toEqual(['江北嘴国际金融中心']);
    expect(kept('做好“长嘉汇”大文章')).toEqual(['“长嘉汇”']);
  });
  it('loses and adds no character', () => {
    const text = '截至2020年一季度，近480家金融机构聚集江北。';
    expect(
      noBreakRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});

describe('full-width punctuation for displayed Chinese', () => {
  it('turns the article’s half-width commas and colons after Chinese into full-width ones', () => {
    expect(fullWidthPunctuation('作为“两江四岸”核心区之一的江北区,认真贯彻')).toBe(
      '作为“两江四岸”核心区之一的江北区，认真贯彻',
    );
    expect(fullWidthPunctuation('表示:(江北)')).toBe('表示：（江北）');
  });
  it('leaves numbers and English alone', () => {
    expect(fullWidthPunctuation('1,000 and 2:30, fine')).toBe('1,000 and 2:30, fine');
  });
});
