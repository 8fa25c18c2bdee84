import { useMemo, useState } from 'react';
import type { LanguageCode } from '../../../electron/shared/content-pack';
import type { ChapterTitles } from './chart-options';
import { DashboardCharts } from './DashboardCharts';
import { dashboardInput, NO_FILTER, type FleetFilter, type FleetProp } from './fleet-filter';
import { FleetPanel } from './FleetPanel';
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
  /** The fleet (`kiosk fleet serve`): adds venue and kiosk filters and a table of kiosks. Absent on a kiosk. */
  fleet?: FleetProp;
}>;

const NO_TITLES: ChapterTitles = {};
const span = (r: DateRangeInput) => (r.from === r.to ? r.from : `${r.from} – ${r.to}`);

/** The administrator's dashboard: a period picker, the key numbers against the period before, and the charts. */
export const DashboardScreen = ({ call, language, chapterTitles = NO_TITLES, today, fleet }: DashboardScreenProps) => {
  const s = dashboardStrings(language);
  const day = useMemo(() => today ?? localToday(new Date()), [today]);
  const [preset, setPreset] = useState<RangePreset>('7d');
  const [custom, setCustom] = useState<DateRangeInput>(() => presetRange('7d', day, { from: day, to: day }));
  const range = useMemo(() => presetRange(preset, day, custom), [preset, day, custom]);
  const [filter, setFilter] = useState<FleetFilter>(NO_FILTER);
  const input = useMemo(() => dashboardInput(range, fleet ? filter : NO_FILTER), [range, fleet, filter]);
  const state = useDashboard(call, input);
  return (
    <div className="dash" data-testid="dashboard-screen">
      <h2 className="dash-title">{s.title}</h2>
      {fleet && (
        <FleetPanel
          fleet={fleet}
          filter={filter}
          strings={s}
          onChange={(f) => {
            setFilter(f);
            fleet.onFilter?.(f);
          }}
        />
      )}
      <RangeBar preset={preset} range={range} today={day} strings={s} onPreset={setPreset} onCustom={setCustom} />
      <p className="admin-lead dash-period" data-testid="dash-range">
        <span data-testid="dash-range-dates">{span(range)}</span>
        {state.status === 'ready' && (
          <span className="admin-muted dash-period__previous" data-testid="dash-previous-range">
            {s.comparedWith} {span(state.data.previous)}
          </span>
        )}
      </p>
      {state.status === 'loading' && (
        <p className="admin-muted" aria-busy="true" data-testid="dash-loading">
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
  );
};
