import { useEffect, useMemo, useState } from 'react';
import type { FleetKiosk } from '../../electron/shared/contract/fleet';
import { AdminTopBar } from '../admin/components/AdminTopBar';
import { DashboardScreen } from '../admin/dashboard/DashboardScreen';
import { NO_FILTER, type FleetFilter } from '../admin/dashboard/fleet-filter';
import { localToday } from '../admin/dashboard/range-presets';
import { ADMIN_STRINGS, type AdminLanguage } from '../admin/i18n';
import type { AdminSession } from '../admin/session/useAdminSession';
import { FleetExport } from './FleetExport';
import { FLEET_STRINGS } from './strings';

type FleetShellProps = Readonly<{ session: AdminSession; language: AdminLanguage; onToggleLanguage: () => void }>;

/**
 * Signed in: admin mode's header, the kiosk's own DashboardScreen given the
 * fleet's kiosks (its `fleet` prop adds the kiosk / venue filter and the
 * per-kiosk table), and the merged export.
 */
export const FleetShell = ({ session, language, onToggleLanguage }: FleetShellProps) => {
  const strings = FLEET_STRINGS[language];
  const admin = ADMIN_STRINGS[language];
  const [kiosks, setKiosks] = useState<readonly FleetKiosk[]>([]);
  const { call } = session;
  useEffect(() => {
    void call('fleet:list', {}).then((answer) => answer.ok && setKiosks(answer.value.kiosks));
  }, [call]);
  const today = useMemo(() => localToday(new Date()), []);
  // Spread, not written as attributes: the `fleet` prop is DashboardScreen's (helper dash17's) and this
  // file must typecheck before and after that lands.
  const [filter, setFilter] = useState<FleetFilter>(NO_FILTER);
  const dashboard = { call, language, today, fleet: { kiosks, onFilter: setFilter } };
  const token = session.state.phase === 'signed-in' ? session.state.token : '';
  return (
    <div className="admin-screen" data-testid="fleet-dashboard">
      <AdminTopBar
        strings={{ ...admin, title: strings.title }}
        subtitle={strings.kiosks(kiosks.length)}
        onToggleLanguage={onToggleLanguage}
        onExit={session.signOut}
        exitLabel={admin.exit}
      />
      <main className="admin-main">
        <DashboardScreen {...dashboard} />
        <FleetExport token={token} today={today} filter={filter} language={language} strings={strings} admin={admin} />
      </main>
    </div>
  );
};
