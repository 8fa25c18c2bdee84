import { describe, expect, it } from 'vitest';
import { packTitle } from '../../renderer/admin/content/pack-title';

describe('pack titles on the admin screens', () => {
  const pack = { title: '长嘉汇', titles: { 'zh-CN': '长嘉汇', en: 'Changjiahui' } };

  it('are in the admin\'s language when the pack has it', () => {
    expect(packTitle(pack, 'en')).toBe('Changjiahui');
    expect(packTitle(pack, 'zh-CN')).toBe('长嘉汇');
  });

  it('fall back to the pack\'s default language when it has no title in the admin\'s', () => {
    expect(packTitle({ title: '长嘉汇', titles: { 'zh-CN': '长嘉汇' } }, 'en')).toBe('长嘉汇');
  });
});
