import type { ReportStrings } from './report-strings';

/** Text safe inside HTML elements and quoted attributes: pack titles reach the report through this. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A count with thousands separators, the same in both languages ("12,345"). */
export const count = (n: number): string => n.toLocaleString('en-US');

/** A duration for print: "45 s" / "3 min 05 s"; Chinese sets units without spaces: "3分05秒"; "–" for none. */
export const duration = (ms: number | null, s: ReportStrings): string => {
  if (ms === null) return '–';
  const sec = Math.round(ms / 1000);
  const gap = s.unitGap;
  if (sec < 60) return `${sec}${gap}${s.seconds}`;
  return `${Math.floor(sec / 60)}${gap}${s.minutes}${gap}${String(sec % 60).padStart(2, '0')}${gap}${s.seconds}`;
};

/** A share as a percent with one decimal below 10 % ("4.2 %", "62 %"); "–" when undefined. */
export const percent = (num: number, den: number): string => {
  if (den === 0) return '–';
  const p = (num / den) * 100;
  return `${p < 10 && p > 0 ? p.toFixed(1) : Math.round(p)} %`;
};

/**
 * Change against the previous period, with an arrow so it reads without colour
 * (grayscale print): "▲ 12 %", "▼ 5 %", "= 0 %"; null when there is nothing to compare with.
 */
export const change = (now: number | null, before: number | null): { text: string; direction: 'up' | 'down' | 'flat' } | null => {
  if (now === null || before === null || before === 0) return null;
  const p = Math.round(((now - before) / before) * 100);
  if (p === 0) return { text: '= 0 %', direction: 'flat' };
  return { text: `${p > 0 ? '▲' : '▼'} ${Math.abs(p)} %`, direction: p > 0 ? 'up' : 'down' };
};

/** Local wall-clock time of `ms` at `offsetMinutes` from UTC: "2026-12-03 17:04 (UTC+08:00)". */
export const localTime = (ms: number, offsetMinutes: number): string => {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ')} (${zone})`;
};

/** Change of a share in percentage points ("▲ 3.5 pt"); null when either share is undefined. */
export const pointsChange = (now: number | null, before: number | null): { text: string; direction: 'up' | 'down' | 'flat' } | null => {
  if (now === null || before === null) return null;
  const pt = Math.round((now - before) * 1000) / 10;
  if (pt === 0) return { text: '= 0 pt', direction: 'flat' };
  return { text: `${pt > 0 ? '▲' : '▼'} ${Math.abs(pt).toFixed(1)} pt`, direction: pt > 0 ? 'up' : 'down' };
};

/** num / den, or null when den is 0. */
export const share = (num: number, den: number): number | null => (den === 0 ? null : num / den);
