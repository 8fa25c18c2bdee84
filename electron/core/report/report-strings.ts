import type { KioskLanguage } from '../../shared/content-pack';
import type { VisitEndReason } from '../../shared/visit-events';

/** Every word the printed report shows, per language (the showroom name and chapter titles come from the active pack). */
export type ReportStrings = Readonly<{
  title: string;
  days: (n: number) => string;
  kiosk: string;
  generated: string;
  previousPeriod: (from: string, to: string) => string;
  visits: string;
  engagedMedian: string;
  pastHub: string;
  allFive: string;
  ofVisits: string;
  previous: string;
  noComparison: string;
  visitsPerDay: string;
  thisPeriod: string;
  previousSeries: string;
  funnel: string;
  funnelSteps: Readonly<{ started: string; pastHub: string; allFive: string }>;
  chapters: string;
  chapter: string;
  opened: string;
  dwell: string;
  narration: string;
  visitsUnit: (n: number) => string;
  median: string;
  p75: string;
  languages: string;
  languageNames: Readonly<Record<KioskLanguage, string>>;
  endReasons: string;
  endReasonNames: Readonly<Record<VisitEndReason | 'open', string>>;
  seconds: string;
  minutes: string;
  share: string;
  notes: string;
  noData: string;
}>;

const zh: ReportStrings = {
  title: '展厅参观报告',
  days: (n) => `共 ${n} 天`,
  kiosk: '终端',
  generated: '生成时间',
  previousPeriod: (from, to) => `对比上一周期 ${from} – ${to}`,
  visits: '参观人次',
  engagedMedian: '有效参观时长（中位数）',
  pastHub: '打开至少一篇',
  allFive: '看完五篇',
  ofVisits: '占参观人次',
  previous: '上一周期',
  noComparison: '上一周期无数据',
  visitsPerDay: '每日参观人次',
  thisPeriod: '本期',
  previousSeries: '上一周期（同日序）',
  funnel: '参观漏斗',
  funnelSteps: { started: '开始参观', pastHub: '打开篇章', allFive: '看完五篇' },
  chapters: '各篇章：打开、有效停留与解说',
  chapter: '篇章',
  opened: '打开人次',
  dwell: '有效停留',
  narration: '解说听完率',
  visitsUnit: () => '人次',
  median: '中位数',
  p75: '75 分位',
  languages: '参观语言',
  languageNames: { 'zh-CN': '中文', en: 'English' },
  endReasons: '结束方式',
  endReasonNames: { finish: '看完结束', home: '返回首页', idle: '超时无人', interrupted: '中断', open: '进行中' },
  seconds: '秒',
  minutes: '分',
  share: '占比',
  notes: '有效时长自开始至最后一次触摸，不含无人操作的等待时间。日期与时间均为展厅当地时间。',
  noData: '此期间没有参观记录',
};

const en: ReportStrings = {
  title: 'Showroom visit report',
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  kiosk: 'Kiosk',
  generated: 'Generated',
  previousPeriod: (from, to) => `Compared with the previous period ${from} – ${to}`,
  visits: 'Visits',
  engagedMedian: 'Engaged visit time (median)',
  pastHub: 'Opened a chapter',
  allFive: 'Saw all five chapters',
  ofVisits: 'of visits',
  previous: 'Previous',
  noComparison: 'No previous data',
  visitsPerDay: 'Visits per day',
  thisPeriod: 'This period',
  previousSeries: 'Previous period (same day number)',
  funnel: 'Visit funnel',
  funnelSteps: { started: 'Started', pastHub: 'Opened a chapter', allFive: 'All five' },
  chapters: 'Chapters: reach, engaged time and narration',
  chapter: 'Chapter',
  opened: 'Opened',
  dwell: 'Engaged time',
  narration: 'Narration finished',
  visitsUnit: (n) => (n === 1 ? 'visit' : 'visits'),
  median: 'Median',
  p75: '75th percentile',
  languages: 'Languages',
  languageNames: { 'zh-CN': 'Chinese', en: 'English' },
  endReasons: 'How visits ended',
  endReasonNames: { finish: 'Finished', home: 'Went home', idle: 'Left idle', interrupted: 'Interrupted', open: 'Still open' },
  seconds: 's',
  minutes: 'min',
  share: 'Share',
  notes: 'Engaged time runs from the first tap to the last touch; idle waiting is never counted. Dates and times are showroom local time.',
  noData: 'No visits in this period',
};

export const REPORT_STRINGS: Readonly<Record<KioskLanguage, ReportStrings>> = { 'zh-CN': zh, en };
