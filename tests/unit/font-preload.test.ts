import { describe, expect, it } from 'vitest';
import { charactersOf } from '../../renderer/content/font-preload';

describe('charactersOf', () => {
  it('collects each distinct character of every nested string once, skipping non-strings', () => {
    const text = charactersOf({ a: '长嘉汇', b: ['汇合', { c: 'ab', d: 3, e: null, f: () => 'zz' }], g: true });
    expect([...text].sort()).toEqual(['a', 'b', '汇', '合', '嘉', '长'].sort());
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(charactersOf(['𠀀x𠀀'])).toBe('𠀀x');
  });
});
