import type { AdminLanguage } from '../admin/i18n';

/** The fleet page's own words (everything else is admin mode's and the dashboard's). */
export type FleetStrings = Readonly<{
  title: string;
  kiosks: (n: number) => string;
  exportTitle: string;
  exportLead: string;
  from: string;
  to: string;
  download: (format: string) => string;
  downloading: string;
  failed: string;
}>;

const en: FleetStrings = {
  title: 'Fleet dashboard',
  kiosks: (n) => `${n} ${n === 1 ? 'kiosk' : 'kiosks'} · all venues merged`,
  exportTitle: 'Merged visits export',
  exportLead: 'The visits of every kiosk in the range, one file, in the columns of a kiosk export.',
  from: 'From',
  to: 'To',
  download: (format) => `Download ${format}`,
  downloading: 'Preparing the file…',
  failed: 'The export failed',
};

const zhCN: FleetStrings = {
  title: '多终端总览',
  kiosks: (n) => `共 ${n} 台终端 · 所有场馆合并统计`,
  exportTitle: '合并导出访问记录',
  exportLead: '所选日期内全部终端的访问记录合为一个文件，列与单台终端导出相同。',
  from: '开始日期',
  to: '结束日期',
  download: (format) => `下载 ${format}`,
  downloading: '正在生成文件…',
  failed: '导出失败',
};

export const FLEET_STRINGS: Readonly<Record<AdminLanguage, FleetStrings>> = { en, 'zh-CN': zhCN };
