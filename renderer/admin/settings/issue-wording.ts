import type { SettingsIssue, SettingsIssueCode } from '../../../electron/shared/contract/settings';
import type { AdminLanguage } from '../i18n';
import { SETTINGS_STRINGS } from './strings';

type Params = SettingsIssue['params'];

/**
 * The core's settings issues in Chinese, by code. English shows the core's own
 * `message`, so each English wording exists once (electron/core/settings-overlay.ts),
 * as the pre-flight texts do.
 */
const ZH: Readonly<Record<SettingsIssueCode, (p: Params) => string>> = {
  'too-small': (p) => `不能小于 ${p.limit}。`,
  'too-big': (p) => `不能大于 ${p.limit}。`,
  'not-a-time': () => '时间须为“时:分”格式。',
  'open-after-close': () => SETTINGS_STRINGS['zh-CN'].dayOrder,
  'not-in-languages': (p) => `“${p.value ?? ''}”不是本机提供的语言。`,
  'not-on-screen': () => '此项不能在屏幕上修改。',
  invalid: () => '此项的值无效。',
};

/** An issue's text in the admin's language. */
export const issueWording = (issue: SettingsIssue, language: AdminLanguage): string =>
  language === 'en' ? issue.message : ZH[issue.code](issue.params);

/** The issues with their messages in the admin's language, for the fields to show. */
export const wordedIssues = (issues: readonly SettingsIssue[], language: AdminLanguage): SettingsIssue[] =>
  issues.map((issue) => ({ ...issue, message: issueWording(issue, language) }));
