import type { DashboardPeriod } from '../../shared/contract/stats';
import { count, duration, escapeHtml as h, percent } from './report-format';
import type { ReportStrings } from './report-strings';

/** Chapter id → its keyword and title in the report's language (pack text: escaped here). */
export type ChapterWords = Readonly<Record<string, Readonly<{ keyword: string; title: string }>>>;

/**
 * One row per chapter in tour order: its keyword and full title, how many
 * visits opened it, median and p75 engaged time with bars on one scale
 * (dark = median, light = p75), and narration heard to the end over all languages.
 */
export const chapterTable = (p: DashboardPeriod, words: ChapterWords, s: ReportStrings): string => {
  const longest = Math.max(1, ...p.chapters.map((c) => c.p75EngagedMs ?? 0));
  const bar = (ms: number | null, kind: string) => `<i class="${kind}" style="width:${Math.round(((ms ?? 0) / longest) * 100)}%"></i>`;
  const rows = p.chapters
    .map((c, i) => {
      const w = words[c.chapter] ?? { keyword: c.chapter, title: '' };
      const started = c.narration.reduce((n, l) => n + l.started, 0);
      const completed = c.narration.reduce((n, l) => n + l.completed, 0);
      return (
        `<tr><td class="chapter"><b>${i + 1} ${h(w.keyword)}</b><span>${h(w.title)}</span></td>` +
        `<td class="n">${count(c.entered)}</td>` +
        `<td class="n">${duration(c.medianEngagedMs, s)}</td><td class="n">${duration(c.p75EngagedMs, s)}</td>` +
        `<td class="bar">${bar(c.medianEngagedMs, 'median')}${bar(c.p75EngagedMs, 'p75')}</td>` +
        `<td class="n">${percent(completed, started)}</td></tr>`
      );
    })
    .join('');
  const head =
    `<tr><th>${h(s.chapter)}</th><th class="n">${h(s.opened)}</th>` +
    `<th class="n">${h(s.dwell)} · ${h(s.median)}</th><th class="n">${h(s.p75)}</th><th></th><th class="n">${h(s.narration)}</th></tr>`;
  return `<section class="card"><h2>${h(s.chapters)}</h2><table class="chapters"><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
};
