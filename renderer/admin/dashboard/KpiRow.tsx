import type { DashboardPeriod, StatsDashboard } from '../../../electron/shared/contract/stats';
import { formatChange, formatDuration, formatPercent } from './format';
import type { DashboardStrings } from './strings';

type Props = Readonly<{ data: StatsDashboard; strings: DashboardStrings }>;

/** Overall narration completion over every chapter and language of a period. */
const completion = (p: DashboardPeriod): number | null => {
  const all = p.chapters.flatMap((c) => c.narration);
  const started = all.reduce((n, x) => n + x.started, 0);
  return started ? all.reduce((n, x) => n + x.completed, 0) / started : null;
};
/** Share of ended visits that never left the hub. */
const hubShare = (p: DashboardPeriod): number | null => (p.engaged.visits ? p.hubOnly / p.engaged.visits : null);

type Tile = Readonly<{ id: string; label: string; value: string; before: string; change: string | null }>;

/** The key numbers at a glance, each beside the previous period's figure and the change. */
export const KpiRow = ({ data, strings: s }: Props) => {
  const { current: now, previous: before } = data;
  const ratio = (pick: (p: DashboardPeriod) => number | null) => {
    const [a, b] = [pick(now), pick(before)];
    return a === null || b === null ? null : formatChange(a, b);
  };
  const tiles: Tile[] = [
    { id: 'visits', label: s.visits, value: String(now.visits), before: String(before.visits), change: formatChange(now.visits, before.visits) },
    {
      id: 'engaged',
      label: s.engagedMedian,
      value: formatDuration(now.engaged.medianMs, s),
      before: formatDuration(before.engaged.medianMs, s),
      change: ratio((p) => p.engaged.medianMs),
    },
    { id: 'hub-only', label: s.hubOnly, value: `${now.hubOnly} · ${formatPercent(hubShare(now))}`, before: `${before.hubOnly} · ${formatPercent(hubShare(before))}`, change: null },
    { id: 'narration', label: s.narration, value: formatPercent(completion(now)), before: formatPercent(completion(before)), change: null },
    {
      id: 'idle-tail',
      label: s.idleTail,
      value: formatDuration(now.engaged.idleTailMs, s),
      before: formatDuration(before.engaged.idleTailMs, s),
      change: ratio((p) => p.engaged.idleTailMs),
    },
  ];
  return (
    <div className="dash-kpis">
      {tiles.map((t) => (
        <div key={t.id} className="admin-card dash-kpi" data-testid={`dash-kpi-${t.id}`}>
          <span className="dash-kpi__label">{t.label}</span>
          <strong className="dash-kpi__value" data-testid={`dash-kpi-${t.id}-value`}>
            {t.value}
          </strong>
          <span className="dash-kpi__before" data-testid={`dash-kpi-${t.id}-before`}>
            {s.previous}: {t.before}
            {t.change && <b className="dash-kpi__change"> {t.change}</b>}
          </span>
        </div>
      ))}
    </div>
  );
};
