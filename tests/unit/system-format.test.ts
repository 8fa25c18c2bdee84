import { describe, expect, it } from 'vitest';
import { formatSeconds, formatUptime } from '../../renderer/admin/system/system-format';

describe('System screen figures', () => {
  it('an uptime shows its largest unit and the next', () => {
    expect(formatUptime(0, 'en')).toBe('0 s');
    expect(formatUptime(40.9, 'en')).toBe('40 s');
    expect(formatUptime(725, 'en')).toBe('12 min 5 s');
    expect(formatUptime(3 * 86_400 + 4 * 3_600 + 5 * 60, 'en')).toBe('3 d 4 h');
    expect(formatUptime(86_400 + 59, 'zh-CN')).toBe('1 天 0 小时');
    expect(formatUptime(-5, 'zh-CN')).toBe('0 秒');
  });

  it('a check duration in seconds with one decimal', () => {
    expect([0, 49, 51, 2_345, 61_000].map(formatSeconds)).toEqual(['< 0.1', '< 0.1', '0.1', '2.3', '61.0']);
  });
});
