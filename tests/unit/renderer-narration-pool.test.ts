import { describe, expect, it } from 'vitest';
import { chaptersByLikelihood, narrationPoolPlan } from '../../renderer/narration/pool-plan';

const chapters = ['a', 'b', 'c', 'd', 'e'];
const sources = {
  'zh-CN': chapters.map((c) => `zh/${c}`),
  en: chapters.map((c) => `en/${c}`),
};

describe('chaptersByLikelihood: here, next, previous, then outwards', () => {
  it('orders from the middle of the tour', () => {
    expect(chaptersByLikelihood(2, 5)).toEqual([2, 3, 1, 4, 0]);
  });
  it('orders from either end, every chapter once', () => {
    expect(chaptersByLikelihood(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(chaptersByLikelihood(4, 5)).toEqual([4, 3, 2, 1, 0]);
  });
  it('gives nothing for an empty tour', () => {
    expect(chaptersByLikelihood(0, 0)).toEqual([]);
  });
});

describe('narrationPoolPlan: which narrations stay buffered, most wanted first', () => {
  it("puts the visitor's language first, then the open chapter in the other language, then the rest", () => {
    expect(narrationPoolPlan({ sources, language: 'zh-CN', chapterIndex: 1, size: 11 })).toEqual([
      'zh/b',
      'zh/c',
      'zh/a',
      'zh/d',
      'zh/e',
      'en/b',
      'en/c',
      'en/a',
      'en/d',
      'en/e',
    ]);
  });

  it('keeps the most wanted when the pool is smaller than the pack', () => {
    expect(narrationPoolPlan({ sources, language: 'en', chapterIndex: 4, size: 3 })).toEqual(['en/e', 'en/d', 'en/c']);
    expect(narrationPoolPlan({ sources, language: 'en', chapterIndex: 4, size: 6 })).toEqual([
      'en/e',
      'en/d',
      'en/c',
      'en/b',
      'en/a',
      'zh/e',
    ]);
    expect(narrationPoolPlan({ sources, language: 'en', chapterIndex: 0, size: 0 })).toEqual([]);
  });

  it('skips chapters without narration and files listed twice', () => {
    const gaps = { 'zh-CN': ['zh/a', null, 'shared'], en: ['en/a', 'shared', null] };
    expect(narrationPoolPlan({ sources: gaps, language: 'zh-CN', chapterIndex: 0, size: 11 })).toEqual([
      'zh/a',
      'shared',
      'en/a',
    ]);
  });

  it('works with one language, and with a language the pack lacks', () => {
    const one = { en: ['en/a', 'en/b'] };
    expect(narrationPoolPlan({ sources: one, language: 'en', chapterIndex: 1, size: 11 })).toEqual(['en/b', 'en/a']);
    expect(narrationPoolPlan({ sources: one, language: 'fr', chapterIndex: 0, size: 11 })).toEqual(['en/a', 'en/b']);
  });
});
