import { formatCount, formatLocalTime } from '../format/format';
import type { AdminLanguage } from '../i18n';
import { FigureList } from './FigureList';
import type { SystemStrings } from './strings';
import type { FleetStatus } from './useSystemStatus';

type FleetCardProps = Readonly<{ fleet: FleetStatus; s: SystemStrings; language: AdminLanguage; offset: number }>;

/** The sync to the central fleet database (`fleet:status`); shown only when fleet is configured. */
export const FleetCard = ({ fleet, s, language, offset }: FleetCardProps) => (
  <div className="admin-card system-card" data-testid="system-fleet">
    <h3 className="admin-card__heading">{s.fleet}</h3>
    <FigureList
      rows={[
        [s.fleetState, s.fleetStates[fleet.state], 'system-fleet-state'],
        [
          s.fleetLastSuccess,
          fleet.lastSuccessAt ? formatLocalTime(fleet.lastSuccessAt, offset) : s.never,
          'system-fleet-success',
        ],
        [
          s.fleetBacklog,
          fleet.backlog === null ? s.unknown : formatCount(fleet.backlog, language),
          'system-fleet-backlog',
        ],
        [s.fleetLastError, fleet.lastError ?? s.none, 'system-fleet-error'],
      ]}
    />
  </div>
);
