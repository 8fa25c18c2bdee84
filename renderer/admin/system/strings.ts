import type { AdminLanguage } from '../i18n';

/** Every word the System screen shows, per language. */
export type SystemStrings = Readonly<{
  tile: string;
  tileHint: string;
  title: string;
  loading: string;
  refresh: string;
  refreshing: string;
  failed: (why: string) => string;
  kiosk: string;
  appVersion: string;
  shell: string;
  shellNames: Readonly<Record<'electron' | 'chromium' | 'none', string>>;
  kioskId: string;
  uptime: string;
  since: (time: string) => string;
  pack: string;
  noPack: string;
  installedAt: (time: string) => string;
  bundled: string;
  storage: string;
  diskFree: string;
  diskOf: (free: string, total: string) => string;
  unknown: string;
  dbSize: string;
  lastCheck: string;
  neverChecked: string;
  checkOk: (time: string, seconds: string) => string;
  checkBad: (time: string) => string;
  checkNow: string;
  checking: string;
  fleet: string;
  fleetStates: Readonly<Record<'off' | 'idle' | 'syncing' | 'backing-off', string>>;
  fleetState: string;
  fleetLastSuccess: string;
  fleetBacklog: string;
  fleetLastError: string;
  never: string;
  none: string;
  events: string;
  noEvents: string;
  eventTime: string;
  eventKind: string;
  eventMessage: string;
  actions: string;
  restart: string;
  restartConfirm: string;
  restartYes: string;
  restarting: string;
  exitDesktop: string;
  exitPrompt: string;
  exitSubmit: string;
  exiting: string;
  cancel: string;
  refused: (why: string) => string;
}>;

const zh: SystemStrings = {
  tile: '系统',
  tileHint: '版本、运行时间、磁盘、数据库检查、重启',
  title: '系统状态',
  loading: '正在读取…',
  refresh: '刷新',
  refreshing: '正在刷新…',
  failed: (why) => `读取失败：${why}`,
  kiosk: '展项',
  appVersion: '软件版本',
  shell: '运行方式',
  shellNames: { electron: 'Electron 应用', chromium: 'Chromium 展项模式', none: '无（无法重启）' },
  kioskId: '展项编号',
  uptime: '已运行',
  since: (time) => `自 ${time}`,
  pack: '当前内容包',
  noPack: '没有可用的内容包',
  installedAt: (time) => `安装于 ${time}`,
  bundled: '随软件自带',
  storage: '存储',
  diskFree: '数据盘可用空间',
  diskOf: (free, total) => `${free}（共 ${total}）`,
  unknown: '未知',
  dbSize: '参观数据库大小',
  lastCheck: '上次数据库检查',
  neverChecked: '尚未检查',
  checkOk: (time, seconds) => `${time} 正常（用时 ${seconds} 秒）`,
  checkBad: (time) => `${time} 发现问题：`,
  checkNow: '立即检查',
  checking: '正在检查…',
  fleet: '数据同步',
  fleetStates: { off: '未启用', idle: '空闲', syncing: '正在同步', 'backing-off': '暂停后重试' },
  fleetState: '状态',
  fleetLastSuccess: '上次成功',
  fleetBacklog: '待同步参观',
  fleetLastError: '上次错误',
  never: '从未',
  none: '无',
  events: '最近的故障与恢复记录',
  noEvents: '没有记录',
  eventTime: '时间',
  eventKind: '类型',
  eventMessage: '内容',
  actions: '操作',
  restart: '重启展项',
  restartConfirm: '确定要重启展项吗？参观数据会先保存，屏幕将黑屏约半分钟。',
  restartYes: '重启',
  restarting: '正在重启…',
  exitDesktop: '退出到桌面',
  exitPrompt: '请再次输入管理员密码以退出到桌面',
  exitSubmit: '确认',
  exiting: '正在退出到桌面…',
  cancel: '取消',
  refused: (why) => `未执行：${why}`,
};

const en: SystemStrings = {
  tile: 'System',
  tileHint: 'Version, uptime, disk, database check, restart',
  title: 'System',
  loading: 'Reading…',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  failed: (why) => `Could not read the system state: ${why}`,
  kiosk: 'Kiosk',
  appVersion: 'App version',
  shell: 'Runs as',
  shellNames: { electron: 'Electron app', chromium: 'Chromium kiosk mode', none: 'none (cannot restart)' },
  kioskId: 'Kiosk id',
  uptime: 'Uptime',
  since: (time) => `since ${time}`,
  pack: 'Active content pack',
  noPack: 'No content pack available',
  installedAt: (time) => `installed ${time}`,
  bundled: 'bundled with the app',
  storage: 'Storage',
  diskFree: 'Free disk (data folder)',
  diskOf: (free, total) => `${free} of ${total}`,
  unknown: 'unknown',
  dbSize: 'Visit database size',
  lastCheck: 'Last database check',
  neverChecked: 'never checked',
  checkOk: (time, seconds) => `${time}: OK (took ${seconds} s)`,
  checkBad: (time) => `${time}: problems found:`,
  checkNow: 'Check now',
  checking: 'Checking…',
  fleet: 'Fleet sync',
  fleetStates: { off: 'off', idle: 'idle', syncing: 'syncing', 'backing-off': 'waiting to retry' },
  fleetState: 'State',
  fleetLastSuccess: 'Last success',
  fleetBacklog: 'Visits waiting',
  fleetLastError: 'Last error',
  never: 'never',
  none: 'none',
  events: 'Recent crashes, recoveries and alerts',
  noEvents: 'Nothing recorded',
  eventTime: 'Time',
  eventKind: 'Kind',
  eventMessage: 'What happened',
  actions: 'Actions',
  restart: 'Restart the kiosk',
  restartConfirm: 'Restart the kiosk? Visit data is saved first; the screen goes dark for about half a minute.',
  restartYes: 'Restart',
  restarting: 'Restarting…',
  exitDesktop: 'Exit to desktop',
  exitPrompt: 'Type the admin PIN again to exit to the desktop',
  exitSubmit: 'Confirm',
  exiting: 'Leaving for the desktop…',
  cancel: 'Cancel',
  refused: (why) => `Not done: ${why}`,
};

/** The System screen's words in the admin language. */
export const systemStrings = (language: AdminLanguage): SystemStrings => (language === 'en' ? en : zh);
