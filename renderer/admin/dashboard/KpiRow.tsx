import type { StatsDashboard } from '../../../electron/shared/contract/stats';
import { formatChange, formatDuration, formatPercent } from './format';
import type { DashboardStrings } from './strings';

type Props = Readonly<{ data: StatsDashboard; strings: DashboardStrings }>;

/** Overall narration completion over every chapter and language of a period. */
const completion = (p: StatsDashboard['current']): number | null => {
  const all = p.chapters.flatMap((c) => c.narration);
  const started = all.reduce((n, x) => n + x.started, 0);
  return started ? all.reduce((n, x) => n + x.completed, 0) / started : null;
};

/** The key numbers at a glance, each with its change against the previous period. */
export const KpiRow = ({ data, strings: s }: Props) => {
  const { current: now, previous: before } = data;
  const ended = now.engaged.visits;
  const tiles = [
    { id: 'visits', label: s.visits, value: String(now.visits), change: formatChange(now.visits, before.visits) },
    { id: 'engaged', label: s.engagedMedian, value: formatDuration(now.engaged.medianMs, s), change: null },
    { id: 'hub-only', label: s.hubOnly, value: `${now.hubOnly} · ${formatPercent(ended ? now.hubOnly / ended : null)}`, change: null },
    { id: 'narration', label: s.narration, value: formatPercent(completion(now)), change: null },
    { id: 'idle-tail', label: s.idleTail, value: formatDuration(now.engaged.idleTailMs, s), change: null },
  ];
  return (
    <div className="dash-kpis">
      {tiles.map((t) => (
        <div key={t.id} className="admin-card dash-kpi" data-testid={`dash-kpi-${t.id}`}>
          <span className="dash-kpi__label">{t.label}</span>
          <strong className="dash-kpi__value">{t.value}</strong>
          {t.change && (
            <span className="admin-muted">
              {t.change} {s.vsPrevious}
            </span>
          )}
        </div>
      ))}
    </div>
  );
};
