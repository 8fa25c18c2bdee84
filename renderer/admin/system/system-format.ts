/** Figures of the System screen. Pure; tested without a DOM. */
import type { AdminLanguage } from '../i18n';

const UNITS: ReadonlyArray<readonly [seconds: number, en: string, zh: string]> = [
  [86_400, 'd', '天'],
  [3_600, 'h', '小时'],
  [60, 'min', '分'],
  [1, 's', '秒'],
];

/** An uptime for people, in its largest unit and the next: `3 d 4 h`, `12 min 5 s`, `40 s` (`3 天 4 小时`). */
export const formatUptime = (seconds: number, language: AdminLanguage): string => {
  const total = Math.max(0, Math.floor(seconds));
  const first = UNITS.findIndex(([size]) => total >= size);
  const shown = first === -1 ? UNITS.slice(-1) : UNITS.slice(first, first + 2);
  let left = total;
  return shown
    .map(([size, en, zh]) => {
      const count = Math.floor(left / size);
      left -= count * size;
      return `${count} ${language === 'en' ? en : zh}`;
    })
    .join(' ');
};

/** Seconds with one decimal for a check's duration (`0.4`, `2.3`); `< 0.1` rather than a check that "took 0.0 s". */
export const formatSeconds = (ms: number): string => (ms < 50 ? '< 0.1' : (Math.round(ms / 100) / 10).toFixed(1));
