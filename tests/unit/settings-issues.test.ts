import { describe, expect, it } from 'vitest';
import { Settings } from '../../electron/core/settings';
import { mergeOverlay } from '../../electron/core/settings-overlay';
import { issueWording, wordedIssues } from '../../renderer/admin/settings/issue-wording';
import { SETTINGS_STRINGS } from '../../renderer/admin/settings/strings';

const base = Settings.parse({ dataDir: '/tmp/kiosk-settings-issues', openingHours: { daily: { open: '09:00', close: '17:00' } } });
const issuesOf = (overlay: Record<string, unknown>) => {
  const merged = mergeOverlay(base, overlay);
  if (merged.ok) throw new Error('expected issues');
  return merged.issues;
};

describe('settings issues by code', () => {
  it('the core names each problem by a code and its numbers, keeping the English message', () => {
    const issues = issuesOf({ idleSeconds: 5, defaultVolume: 2, nightlyRestart: '3 am', openingHours: { mon: { open: '18:00', close: '09:00' } } });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'idleSeconds', code: 'too-small', params: { limit: 10 } }),
        expect.objectContaining({ field: 'defaultVolume', code: 'too-big', params: { limit: 1 } }),
        expect.objectContaining({ field: 'nightlyRestart', code: 'not-a-time' }),
        expect.objectContaining({ field: 'openingHours.mon', code: 'open-after-close', message: 'open must be earlier than close' }),
      ]),
    );
    expect(issuesOf({ dataDir: '/elsewhere' })).toMatchObject([{ field: 'dataDir', code: 'not-on-screen' }]);
    expect(issuesOf({ defaultLanguage: 'en_US' })[0]).toMatchObject({ field: 'defaultLanguage', code: 'invalid' });
  });

  it('the Chinese screen words them in Chinese, the English screen shows the core\'s message', () => {
    const [small] = issuesOf({ idleSeconds: 5 });
    expect(issueWording(small!, 'zh-CN')).toBe('不能小于 10。');
    expect(issueWording(small!, 'en')).toBe(small!.message);
    const zh = wordedIssues(issuesOf({ nightlyRestart: '3 am', openingHours: { mon: { open: '18:00', close: '09:00' } } }), 'zh-CN');
    for (const issue of zh) expect(issue.message).not.toMatch(/[A-Za-z]{3}/);
    expect(zh.find((i) => i.field === 'openingHours.mon')?.message).toBe(SETTINGS_STRINGS['zh-CN'].dayOrder);
  });
});
