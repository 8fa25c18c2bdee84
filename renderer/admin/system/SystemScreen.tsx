import { useState } from 'react';
import { localOffsetMinutes } from '../export/date-presets';
import type { AdminScreenProps } from '../screens/admin-screen-props';
import { CheckCard } from './CheckCard';
import { EventTable } from './EventTable';
import { FleetCard } from './FleetCard';
import { KioskCard } from './KioskCard';
import { systemStrings } from './strings';
import { SystemActions } from './SystemActions';
import { useSystemStatus } from './useSystemStatus';
import './system.css';

/** The System screen (staff and admin): the kiosk's health at a glance, the database check, restart and exit to desktop. */
export const SystemScreen = ({ strings, language, call }: AdminScreenProps) => {
  const s = systemStrings(language);
  const view = useSystemStatus(call);
  const [offset] = useState(() => localOffsetMinutes(Date.now()));
  const { status, fleet } = view;
  return (
    <section className="admin-section" aria-labelledby="admin-system-title" data-testid="admin-system">
      <div className="system-head">
        <h2 id="admin-system-title">{s.title}</h2>
        <button type="button" className="admin-button" data-testid="system-refresh" disabled={view.refreshing} onClick={view.reload}>
          {view.refreshing ? s.refreshing : s.refresh}
        </button>
      </div>
      {view.error && (
        <p className="admin-alert" role="alert" data-testid="system-error">
          {s.failed(view.error)}
        </p>
      )}
      {!status && !view.error && <p className="admin-muted">{s.loading}</p>}
      {status && (
        <>
          <div className="admin-columns system-columns">
            <KioskCard status={status} s={s} language={language} offset={offset} />
            <div className="system-stack">
              <CheckCard
                check={status.lastCheck}
                checking={view.checking}
                s={s}
                offset={offset}
                onCheck={view.checkNow}
              />
              {fleet?.enabled && <FleetCard fleet={fleet} s={s} language={language} offset={offset} />}
            </div>
          </div>
          <SystemActions strings={strings} s={s} call={call} canLeave={status.shell !== null} onRefused={view.reload} />
          <EventTable events={status.events} s={s} offset={offset} />
        </>
      )}
    </section>
  );
};
