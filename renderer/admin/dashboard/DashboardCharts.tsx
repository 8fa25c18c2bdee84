import type { StatsDashboard } from '../../../electron/shared/contract/stats';
import {
  dwellOption,
  endReasonEntries,
  funnelOption,
  heatmapOption,
  languageEntries,
  narrationOption,
  splitOption,
  visitsPerDayOption,
  type ChapterTitles,
} from './chart-options';
import { ChartCard } from './ChartCard';
import type { DashboardStrings } from './strings';

type Props = Readonly<{ data: StatsDashboard; strings: DashboardStrings; titles: ChapterTitles }>;

/** Every chart of the dashboard (it renders once per answer: the screen swaps it out while loading). */
export const DashboardCharts = ({ data, strings: s, titles }: Props) => {
  const options = {
    perDay: visitsPerDayOption(data, s),
    heat: heatmapOption(data.current, s),
    funnel: funnelOption(data.current, s, titles),
    dwell: dwellOption(data.current, s, titles),
    narration: narrationOption(data.current, s, titles),
    languages: splitOption(languageEntries(data, s), s),
    ends: splitOption(endReasonEntries(data, s), s),
  };
  return (
    <div className="dash-grid">
      <ChartCard title={s.visitsPerDay} option={options.perDay} wide />
      <ChartCard title={s.heatmap} option={options.heat} height={340} wide />
      <ChartCard title={s.funnel} option={options.funnel} height={380} />
      <ChartCard title={s.dwell} option={options.dwell} />
      <ChartCard title={s.narration} option={options.narration} />
      <ChartCard title={s.languages} option={options.languages} height={220} />
      <ChartCard title={s.endReasons} option={options.ends} height={280} />
    </div>
  );
};
