import type { AdminLanguage } from '../i18n';

/** Every word of the "Save report (PDF)" action, per admin language. */
export type ReportActionStrings = Readonly<{
  title: string;
  lead: string;
  language: string;
  languages: Readonly<Record<AdminLanguage, string>>;
  save: string;
  saving: string;
  saved: (name: string) => string;
  folder: string;
  failed: (message: string) => string;
  needsDestination: string;
}>;

const zh: ReportActionStrings = {
  title: '打印报告（PDF）',
  lead: '所选日期范围的一页汇总：主要数字与上一周期对比、每日参观人次、参观漏斗、各篇章停留和语言。保存到所选的 U 盘或导出文件夹。',
  language: '报告语言',
  languages: { 'zh-CN': '中文', en: 'English' },
  save: '保存报告（PDF）',
  saving: '正在生成报告…',
  saved: (name) => `报告已保存：${name}`,
  folder: '位置',
  failed: (message) => `报告未能保存：${message}`,
  needsDestination: '先在上面选择保存位置。',
};

const en: ReportActionStrings = {
  title: 'Printable report (PDF)',
  lead: 'A one-page summary of the chosen dates: key figures against the previous period, visits per day, the funnel, time per chapter and languages. Saved on the chosen stick or export folder.',
  language: 'Report language',
  languages: { 'zh-CN': '中文', en: 'English' },
  save: 'Save report (PDF)',
  saving: 'Making the report…',
  saved: (name) => `Report saved: ${name}`,
  folder: 'Where',
  failed: (message) => `The report was not saved: ${message}`,
  needsDestination: 'Choose where to save it above first.',
};

export const REPORT_ACTION_STRINGS: Readonly<Record<AdminLanguage, ReportActionStrings>> = { 'zh-CN': zh, en };
