import type { AdminLanguage } from '../admin/i18n';

/** The fleet page's own words (everything else is admin mode's and the dashboard's). */
export type FleetStrings = Readonly<{
  title: string;
  kiosks: (n: number) => string;
  exportTitle: string;
  exportLead: string;
  /** Which kiosks the export covers (the dashboard's filter). */
  covers: (what: string) => string;
  allKiosks: string;
  download: string;
  downloading: string;
  failed: string;
}>;

const en: FleetStrings = {
  title: 'Fleet dashboard',
  kiosks: (n) => `${n} ${n === 1 ? 'kiosk' : 'kiosks'} · all venues merged`,
  exportTitle: 'Merged export',
  exportLead:
    'Visits and their events of the kiosks chosen above, in the range: an Excel workbook (with a Kiosks sheet), or CSV / JSON Lines files in a zip, in the columns of a kiosk export.',
  covers: (what) => `Covers: ${what}`,
  allKiosks: 'all kiosks',
  download: 'Download',
  downloading: 'Preparing the file…',
  failed: 'The export failed',
};

const zhCN: FleetStrings = {
  title: '多终端总览',
  kiosks: (n) => `共 ${n} 台终端 · 所有场馆合并统计`,
  exportTitle: '合并导出',
  exportLead: '上方所选终端在所选日期内的访问记录及其事件：Excel 工作簿（含终端表），或打包为 zip 的 CSV / JSON Lines 文件，列与单台终端导出相同。',
  covers: (what) => `导出范围：${what}`,
  allKiosks: '全部终端',
  download: '下载',
  downloading: '正在生成文件…',
  failed: '导出失败',
};

export const FLEET_STRINGS: Readonly<Record<AdminLanguage, FleetStrings>> = { en, 'zh-CN': zhCN };
