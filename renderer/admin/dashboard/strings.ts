import type { KioskLanguage, LanguageCode } from '../../../electron/shared/content-pack';
import { VISIT_LABELS, type VisitLabels } from '../../../electron/shared/visit-labels';
import type { RangePreset } from './range-presets';

/** Every word the dashboard shows, per language (chapter titles come from the pack). */
export type DashboardStrings = VisitLabels &
  Readonly<{
    title: string;
    period: string;
    presets: Readonly<Record<RangePreset, string>>;
    comparedWith: string;
    monthBack: string;
    dayBack: string;
    dayOn: string;
    monthOn: string;
    from: string;
    to: string;
    apply: string;
    loading: string;
    failed: string;
    retry: string;
    previous: string;
    vsPrevious: string;
    heatmap: string;
    weekdays: readonly string[];
    funnel: string;
    funnelSteps: VisitLabels['funnelSteps'] & Readonly<{ hub: string }>;
    dwell: string;
    hubOnly: string;
    idleTail: string;
    narration: string;
    completion: string;
    languages: string;
    languageNames: Readonly<Record<KioskLanguage, string> & Partial<Record<LanguageCode, string>>>;
    hours: string;
    venue: string;
    allVenues: string;
    kiosks: string;
    allKiosks: string;
    kiosk: string;
    lastSeen: string;
    backlog: string;
    never: string;
  }>;

const zh: DashboardStrings = {
  ...VISIT_LABELS['zh-CN'],
  title: '数据看板',
  period: '统计时段',
  comparedWith: '对比上一周期：',
  monthBack: '往前一个月',
  dayBack: '往前一天',
  dayOn: '往后一天',
  monthOn: '往后一个月',
  presets: { today: '今天', '7d': '近 7 天', '30d': '近 30 天', month: '本月', custom: '自定义' },
  from: '开始日期',
  to: '结束日期',
  apply: '查看',
  loading: '正在统计…',
  failed: '统计失败',
  retry: '重试',
  previous: '上一周期',
  vsPrevious: '较上一周期',
  heatmap: '时段分布（星期 × 小时）',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  funnel: '参观漏斗',
  funnelSteps: { ...VISIT_LABELS['zh-CN'].funnelSteps, hub: '进入目录' },
  dwell: '各篇章有效停留',
  hubOnly: '仅停留在目录',
  idleTail: '无人操作等待（不计入停留）',
  narration: '解说听完率',
  completion: '听完率',
  languages: '语言',
  // Both scripts named, as soon as a pack may bring zh-Hant; each in its own script, like the tour's switch.
  languageNames: { 'zh-CN': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  hours: '小时',
  venue: '场馆',
  allVenues: '全部场馆',
  kiosks: '设备',
  allKiosks: '全部设备',
  kiosk: '设备编号',
  lastSeen: '最近联络',
  backlog: '待同步',
  never: '从未',
};

const en: DashboardStrings = {
  ...VISIT_LABELS.en,
  title: 'Dashboard',
  period: 'Period',
  comparedWith: 'compared with',
  monthBack: 'one month earlier',
  dayBack: 'one day earlier',
  dayOn: 'one day later',
  monthOn: 'one month later',
  presets: { today: 'Today', '7d': '7 days', '30d': '30 days', month: 'This month', custom: 'Custom' },
  from: 'From',
  to: 'To',
  apply: 'Show',
  loading: 'Counting…',
  failed: 'Could not load the figures',
  retry: 'Retry',
  previous: 'Previous period',
  vsPrevious: 'vs previous period',
  heatmap: 'When visitors come (weekday × hour)',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  funnel: 'Chapter funnel',
  funnelSteps: { ...VISIT_LABELS.en.funnelSteps, hub: 'Hub' },
  dwell: 'Engaged time per chapter',
  hubOnly: 'Left at the hub',
  idleTail: 'Idle wait (not counted as dwell)',
  narration: 'Narration heard to the end',
  completion: 'Completion',
  languages: 'Languages',
  languageNames: { 'zh-CN': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' },
  hours: 'h',
  venue: 'Venue',
  allVenues: 'All venues',
  kiosks: 'Kiosks',
  allKiosks: 'All kiosks',
  kiosk: 'Kiosk',
  lastSeen: 'Last seen',
  backlog: 'Backlog',
  never: 'never',
};

/** The dashboard's strings in `language`. */
export const dashboardStrings = (language: LanguageCode): DashboardStrings => (language === 'en' ? en : zh);
