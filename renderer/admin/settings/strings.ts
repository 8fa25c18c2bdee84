import type { KioskLanguage, LanguageCode } from '../../../electron/shared/content-pack';
import type { AdminLanguage } from '../i18n';

/** Every word of the settings screen, per admin language. */
export type SettingsStrings = Readonly<{
  tile: string;
  tileHint: string;
  title: string;
  loading: string;
  failed: (message: string) => string;
  visits: string;
  idleSeconds: string;
  idleWarningSeconds: string;
  seconds: (n: number) => string;
  defaultLanguage: string;
  languageNames: Readonly<Record<KioskLanguage, string> & Partial<Record<LanguageCode, string>>>;
  defaultVolume: string;
  captionsOnByDefault: string;
  on: string;
  off: string;
  less: (what: string) => string;
  more: (what: string) => string;
  hours: string;
  alwaysOpen: string;
  /** Monday first. */
  weekdays: readonly string[];
  open: string;
  close: string;
  closedDay: string;
  openDay: string;
  /** A day whose closing time is not after its opening time (the only problem the steppers allow). */
  dayOrder: string;
  hourLess: string;
  hourMore: string;
  minutesLess: string;
  minutesMore: string;
  nightlyRestart: string;
  nightlyRestartHint: string;
  never: string;
  save: string;
  reset: string;
  saved: string;
  resetDone: string;
  invalid: string;
  fromFile: string;
  changed: string;
  overlayProblem: (message: string) => string;
}>;

const zhCN: SettingsStrings = {
  tile: '设置',
  tileHint: '空闲时间、语言、音量、字幕、开放时间、夜间重启',
  title: '设置',
  loading: '正在读取设置…',
  failed: (m) => `无法读取或保存设置：${m}`,
  visits: '参观',
  idleSeconds: '无操作多久后询问“还在吗？”',
  idleWarningSeconds: '“还在吗？”倒计时',
  seconds: (n) => `${n} 秒`,
  defaultLanguage: '默认语言',
  languageNames: { 'zh-CN': '中文', en: 'English', 'zh-Hant': '繁体中文' },
  defaultVolume: '默认音量',
  captionsOnByDefault: '默认显示字幕',
  on: '开',
  off: '关',
  less: (w) => `减少：${w}`,
  more: (w) => `增加：${w}`,
  hours: '开放时间',
  alwaysOpen: '全天开放',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  open: '开门时间',
  close: '闭馆时间',
  closedDay: '闭馆日',
  openDay: '开放',
  dayOrder: '闭馆时间须晚于开门时间（不支持跨午夜营业）。',
  hourLess: '早一小时',
  hourMore: '晚一小时',
  minutesLess: '早 15 分钟',
  minutesMore: '晚 15 分钟',
  nightlyRestart: '夜间自动重启',
  nightlyRestartHint: '在闭馆时间、无人参观时，每晚重启一次',
  never: '不重启',
  save: '保存',
  reset: '恢复配置文件的值',
  saved: '已保存，立即生效。',
  resetDone: '已恢复为配置文件中的值。',
  invalid: '有设置不正确，请查看标红的项目。',
  fromFile: '配置文件',
  changed: '已修改',
  overlayProblem: (m) => `保存的设置无法使用，现按配置文件运行：${m}`,
};

const en: SettingsStrings = {
  tile: 'Settings',
  tileHint: 'Idle time, language, volume, captions, opening hours, nightly restart',
  title: 'Settings',
  loading: 'Reading the settings…',
  failed: (m) => `Settings could not be read or saved: ${m}`,
  visits: 'Visits',
  idleSeconds: 'Ask “Still there?” after no touch for',
  idleWarningSeconds: '“Still there?” countdown',
  seconds: (n) => `${n} s`,
  defaultLanguage: 'Default language',
  languageNames: { 'zh-CN': '中文', en: 'English', 'zh-Hant': 'Traditional Chinese' },
  defaultVolume: 'Default volume',
  captionsOnByDefault: 'Captions on by default',
  on: 'On',
  off: 'Off',
  less: (w) => `Less: ${w}`,
  more: (w) => `More: ${w}`,
  hours: 'Opening hours',
  alwaysOpen: 'Always open',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  open: 'Opens',
  close: 'Closes',
  closedDay: 'Closed all day',
  openDay: 'Open',
  dayOrder: 'The closing time must be later than the opening time (no opening past midnight).',
  hourLess: 'One hour earlier',
  hourMore: 'One hour later',
  minutesLess: '15 minutes earlier',
  minutesMore: '15 minutes later',
  nightlyRestart: 'Nightly restart',
  nightlyRestartHint: 'Once a night, outside opening hours, never during a visit',
  never: 'Never',
  save: 'Save',
  reset: 'Back to the config file',
  saved: 'Saved. In effect now.',
  resetDone: 'Back to the values of the config file.',
  invalid: 'Some settings are not right: see the fields marked in red.',
  fromFile: 'config file',
  changed: 'changed',
  overlayProblem: (m) => `The saved settings could not be used; running on the config file: ${m}`,
};

export const SETTINGS_STRINGS: Readonly<Record<AdminLanguage, SettingsStrings>> = { 'zh-CN': zhCN, en };
