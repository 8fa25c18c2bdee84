import type { DashboardStrings } from './strings';

/** A duration for people: "45 s", "3 min 05 s", "12.5 h"; "–" for none. */
export const formatDuration = (ms: number | null, s: DashboardStrings): string => {
  if (ms === null) return '–';
  const sec = Math.round(ms / 1000);
  if (sec < 60) return `${sec} ${s.seconds}`;
  if (sec < 3600) return `${Math.floor(sec / 60)} ${s.minutes} ${String(sec % 60).padStart(2, '0')} ${s.seconds}`;
  return `${(sec / 3600).toFixed(1)} ${s.hours}`;
};

/** A share as a whole percent ("62 %"); "–" when undefined. */
export const formatPercent = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)} %`);

/** Change against the previous period: "+12 %", "−5 %", or null when there was nothing to compare with. */
export const formatChange = (now: number, before: number): string | null => {
  if (before === 0) return null;
  const change = Math.round(((now - before) / before) * 100);
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)} %`;
};
