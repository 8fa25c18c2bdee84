/** Figures on admin screens and reports: sizes, times, hashes, progress. Pure; tested without a DOM. */
import type { AdminLanguage } from '../i18n/admin-strings';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A byte count for people: `0 B`, `512 B`, `1.5 MB`, `12 GB` (1024-based, 3 significant digits). */
export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Three significant digits, trailing zeros dropped: 1.5 MB, 12.3 MB, 512 KB.
  const shown = unit === 0 ? Math.round(value) : Number(value.toPrecision(3));
  return `${shown} ${UNITS[unit]}`;
};

/** A whole number with the language's grouping (`12,345`). */
export const formatCount = (value: number, language: AdminLanguage): string =>
  new Intl.NumberFormat(language).format(value);

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO instant as kiosk local time `YYYY-MM-DD HH:MM:SS` (the same in both
 * languages: staff compare it with the report file and the audit log).
 */
export const formatLocalTime = (isoTime: string, offsetMinutes: number): string => {
  const ms = Date.parse(isoTime);
  if (Number.isNaN(ms)) return isoTime;
  const d = new Date(ms + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(
    d.getUTCMinutes(),
  )}:${pad2(d.getUTCSeconds())}`;
};

/** A SHA-256 in groups of eight, so staff can read it aloud and compare it on a laptop. */
export const groupHash = (sha256: string): string => sha256.match(/.{1,8}/g)?.join(' ') ?? sha256;

/** Progress as a whole percentage 0–100; an unknown total reads 0. */
export const percent = (done: number, total: number): number =>
  total > 0 ? Math.min(100, Math.max(0, Math.floor((done / total) * 100))) : 0;

/** The totals of an export's files, for the summary line. */
export const exportTotals = (files: ReadonlyArray<{ rows: number; bytes: number }>): { rows: number; bytes: number } =>
  files.reduce((sum, f) => ({ rows: sum.rows + f.rows, bytes: sum.bytes + f.bytes }), { rows: 0, bytes: 0 });

/** A version change as staff read it: `1.2.0 → 1.3.0`, `– → 1.0.0`. */
export const versionChange = (from: string | null, to: string | null): string => `${from ?? '–'} → ${to ?? '–'}`;
