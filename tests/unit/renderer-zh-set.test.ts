import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackManifest } from '../../electron/shared/content-pack';
import type { Terminology } from '../../electron/shared/pack-terminology';
import { fullWidthPunctuation, noBreakRuns } from '../../renderer/content/zh-set';

// The table as the renderer gets it: from the built default pack's manifest, not from its source folder.
const manifest = PackManifest.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../assets/default-pack/manifest.json'), 'utf8')),
);
const table = manifest.terminology;

const keptWith = (terminology: Terminology | undefined) => (text: string) =>
  noBreakRuns(text, terminology)
    .filter((run) => run.keep)
    .map((run) => run.text);
const kept = keptWith(table);

describe('Chinese no-break runs', () => {
  it('keeps dates, numbers with their units and the table’s names whole', () => {
    expect(kept('2020年4月20日开建')).toEqual(['2020年4月20日']);
    expect(kept('市民5月26日起')).toEqual(['5月26日']);
    expect(kept('实现社会消费品零售总额160.3亿元，同比增长0.1%')).toEqual(['社会消费品零售总额', '160.3亿元', '0.1%']);
    expect(kept('江北嘴国际金融中心')).toEqual(['江北嘴国际金融中心']);
    expect(kept('做好“长嘉汇”大文章')).toEqual(['“长嘉汇”']);
  });
  it('the default pack carries its terminology table', () => {
    expect(table?.terms.map((term) => term.zh)).toContain('江北嘴国际金融中心');
  });
  it('keeps the terms of the table it is given, and without a table only dates, numbers and quoted words', () => {
    expect(keptWith(undefined)('江北嘴国际金融中心于2020年4月20日开建')).toEqual(['2020年4月20日']);
    const other: Terminology = { quotes: {}, terms: [{ zh: '解放碑', en: ['Jiefangbei'] }], units: [], capitalisedWords: [] };
    expect(keptWith(other)('解放碑与江北嘴国际金融中心')).toEqual(['解放碑']);
  });
  it('loses and adds no character', () => {
    const text = '截至2020年一季度，近480家金融机构聚集江北。';
    expect(
      noBreakRuns(text, table)
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
