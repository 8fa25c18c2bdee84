import { describe, expect, it } from 'vitest';
import { duration } from '../../electron/core/report/report-format';
import { REPORT_STRINGS } from '../../electron/core/report/report-strings';

describe('report durations', () => {
  it('set Chinese units without spaces and English ones with', () => {
    expect(duration(91_000, REPORT_STRINGS['zh-CN'])).toBe('1分31秒');
    expect(duration(45_400, REPORT_STRINGS['zh-CN'])).toBe('45秒');
    expect(duration(185_000, REPORT_STRINGS['zh-CN'])).toBe('3分05秒');
    expect(duration(91_000, REPORT_STRINGS.en)).toBe('1 min 31 s');
    expect(duration(45_400, REPORT_STRINGS.en)).toBe('45 s');
    expect(duration(null, REPORT_STRINGS.en)).toBe('–');
  });
});
