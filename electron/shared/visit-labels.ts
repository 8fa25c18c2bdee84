/**
 * The words the dashboard (renderer) and the printed report (core) both use for
 * the same figures: how a visit ended, the funnel's steps, the units. One table,
 * so the screen and the paper never call the same thing two names.
 * Type-only imports: the renderer imports this module's values (layer-rules.ts).
 */
import type { KioskLanguage } from './content-pack';
import type { VisitEndReason } from './visit-events';

export type VisitLabels = Readonly<{
  visits: string;
  visitsPerDay: string;
  engagedMedian: string;
  funnelSteps: Readonly<{ started: string; pastHub: string; allFive: string }>;
  median: string;
  p75: string;
  endReasons: string;
  endReasonNames: Readonly<Record<VisitEndReason | 'open', string>>;
  seconds: string;
  minutes: string;
  noData: string;
}>;

export const VISIT_LABELS: Readonly<Record<KioskLanguage, VisitLabels>> = {
  'zh-CN': {
    visits: '参观人次',
    visitsPerDay: '每日参观人次',
    engagedMedian: '有效参观时长（中位数）',
    funnelSteps: { started: '开始参观', pastHub: '打开篇章', allFive: '看完五篇' },
    median: '中位数',
    p75: '75 分位',
    endReasons: '结束方式',
    endReasonNames: { finish: '看完结束', home: '返回首页', idle: '超时无人', interrupted: '中断', open: '进行中' },
    seconds: '秒',
    minutes: '分',
    noData: '此期间没有参观记录',
  },
  en: {
    visits: 'Visits',
    visitsPerDay: 'Visits per day',
    engagedMedian: 'Engaged visit time (median)',
    funnelSteps: { started: 'Started', pastHub: 'Opened a chapter', allFive: 'All five' },
    median: 'Median',
    p75: '75th percentile',
    endReasons: 'How visits ended',
    endReasonNames: {
      finish: 'Finished',
      home: 'Went home',
      idle: 'Left idle',
      interrupted: 'Interrupted',
      open: 'Still open',
    },
    seconds: 's',
    minutes: 'min',
    noData: 'No visits in this period',
  },
};
