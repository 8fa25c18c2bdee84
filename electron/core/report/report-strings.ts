import type { KioskLanguage } from '../../shared/content-pack';
import { VISIT_LABELS, type VisitLabels } from '../../shared/visit-labels';

/** Every word the printed report shows, per language (the showroom name and chapter titles come from the active pack). */
export type ReportStrings = VisitLabels &
  Readonly<{
    title: string;
    days: (n: number) => string;
    kiosk: string;
    generated: string;
    previousPeriod: (from: string, to: string) => string;
    pastHub: string;
    allFive: string;
    ofVisits: string;
    previous: string;
    noComparison: string;
    thisPeriod: string;
    previousSeries: string;
    funnel: string;
    chapters: string;
    chapter: string;
    opened: string;
    dwell: string;
    narration: string;
    visitsUnit: (n: number) => string;
    languages: string;
    languageNames: Readonly<Record<KioskLanguage, string>>;
    share: string;
    notes: string;
    /** Between a number and its unit: "45 s" in English, "45秒" in Chinese. */
    unitGap: string;
  }>;

const zh: ReportStrings = {
  ...VISIT_LABELS['zh-CN'],
  title: '展厅参观报告',
  days: (n) => `共 ${n} 天`,
  kiosk: '终端',
  generated: '生成时间',
  previousPeriod: (from, to) => `对比上一周期 ${from} – ${to}`,
  pastHub: '打开至少一篇',
  allFive: '看完五篇',
  ofVisits: '占参观人次',
  previous: '上一周期',
  noComparison: '上一周期无数据',
  thisPeriod: '本期',
  previousSeries: '上一周期（同日序）',
  funnel: '参观漏斗',
  chapters: '各篇章：打开、有效停留与解说',
  chapter: '篇章',
  opened: '打开人次',
  dwell: '有效停留',
  narration: '解说听完率',
  visitsUnit: () => '人次',
  languages: '参观语言',
  languageNames: { 'zh-CN': '中文', en: 'English' },
  share: '占比',
  unitGap: '',
  notes: '有效时长自开始至最后一次触摸，不含无人操作的等待时间。日期与时间均为展厅当地时间。',
};

const en: ReportStrings = {
  ...VISIT_LABELS.en,
  title: 'Showroom visit report',
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  kiosk: 'Kiosk',
  generated: 'Generated',
  previousPeriod: (from, to) => `Compared with the previous period ${from} – ${to}`,
  pastHub: 'Opened a chapter',
  allFive: 'Saw all five chapters',
  ofVisits: 'of visits',
  previous: 'Previous',
  noComparison: 'No previous data',
  thisPeriod: 'This period',
  previousSeries: 'Previous period (same day number)',
  funnel: 'Visit funnel',
  chapters: 'Chapters: reach, engaged time and narration',
  chapter: 'Chapter',
  opened: 'Opened',
  dwell: 'Engaged time',
  narration: 'Narration finished',
  visitsUnit: (n) => (n === 1 ? 'visit' : 'visits'),
  languages: 'Languages',
  languageNames: { 'zh-CN': 'Chinese', en: 'English' },
  share: 'Share',
  unitGap: ' ',
  notes:
    'Engaged time runs from the first tap to the last touch; idle waiting is never counted. Dates and times are showroom local time.',
};

export const REPORT_STRINGS: Readonly<Record<KioskLanguage, ReportStrings>> = { 'zh-CN': zh, en };
