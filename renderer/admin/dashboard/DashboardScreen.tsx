import { useMemo, useState } from 'react';
import type { LanguageCode } from '../../../electron/shared/content-pack';
import type { ChapterTitles } from './chart-options';
import { DashboardCharts } from './DashboardCharts';
import { KpiRow } from './KpiRow';
import { RangeBar } from './RangeBar';
import { localToday, presetRange, type DateRangeInput, type RangePreset } from './range-presets';
import { dashboardStrings } from './strings';
import { useDashboard, type DashboardCall } from './useDashboard';
import './dashboard.css';

export type DashboardScreenProps = Readonly<{
  /** The session-bound admin call (`stats:dashboard`). */
  call: DashboardCall;
  language: LanguageCode;
  /** Chapter titles from the active pack in `language`; ids are shown without them. */
  chapterTitles?: ChapterTitles;
  /** Today's local date (tests pin it); defaults to the kiosk clock. */
  today?: string;
}>;

const NO_TITLES: ChapterTitles = {};

/** The administrator's dashboard: a period picker, the key numbers, and the charts. */
export const DashboardScreen = ({ call, language, chapterTitles = NO_TITLES, today }: DashboardScreenProps) => {
  const s = dashboardStrings(language);
  const day = useMemo(() => today ?? localToday(new Date()), [today]);
  const [preset, setPreset] = useState<RangePreset>('7d');
  const [custom, setCustom] = useState<DateRangeInput>(() => presetRange('30d', day, { from: day, to: day }));
  const range = useMemo(() => presetRange(preset, day, custom), [preset, day, custom]);
  const state = useDashboard(call, range);
  return (
    <div className="admin-screen dash" data-testid="dashboard-screen">
      <div className="admin-main dash-main">
        <h2>{s.title}</h2>
        <RangeBar preset={preset} range={range} strings={s} onPreset={setPreset} onCustom={setCustom} />
        {state.status === 'loading' && (
          <p className="admin-muted" aria-busy="true">
            {s.loading}
          </p>
        )}
        {state.status === 'failed' && (
          <div className="admin-alert" role="alert">
            {s.failed}: {state.message}
            <button type="button" className="admin-button" onClick={state.reload}>
              {s.retry}
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <>
            <KpiRow data={state.data} strings={s} />
            {state.data.current.visits === 0 ? <p className="admin-note">{s.noData}</p> : <DashboardCharts data={state.data} strings={s} titles={chapterTitles} />}
          </>
        )}
      </div>
    </div>
  );
};
