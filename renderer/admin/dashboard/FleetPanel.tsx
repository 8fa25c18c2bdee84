import { chooseVenue, formatSeen, kiosksIn, toggleKiosk, venuesOf, type FleetFilter, type FleetProp } from './fleet-filter';
import type { DashboardStrings } from './strings';

type Props = Readonly<{ fleet: FleetProp; filter: FleetFilter; strings: DashboardStrings; onChange(filter: FleetFilter): void }>;

/** A row of touch chips (toggle buttons); `on` says which are pressed. */
const Chips = ({ label, items, testId }: { label: string; testId: string; items: ReadonlyArray<{ id: string; text: string; on: boolean; pick(): void }> }) => (
  <fieldset className="admin-choices dash-chips" data-testid={testId}>
    <legend>{label}</legend>
    <div className="admin-choices__row">
      {items.map((i) => (
        <button key={i.id} type="button" className="admin-choice" aria-pressed={i.on} data-testid={`${testId}-${i.id}`} onClick={i.pick}>
          {i.text}
        </button>
      ))}
    </div>
  </fieldset>
);

/** The fleet's filters (venue, kiosks) as chips, and each kiosk's last contact and backlog. */
export const FleetPanel = ({ fleet, filter, strings: s, onChange }: Props) => {
  const venues = venuesOf(fleet.kiosks);
  const shown = kiosksIn(fleet.kiosks, filter.venue);
  return (
    <section className="admin-card dash-fleet" data-testid="dash-fleet">
      <Chips
        label={s.venue}
        testId="dash-venue"
        items={[
          { id: 'all', text: s.allVenues, on: filter.venue === null, pick: () => onChange(chooseVenue(null)) },
          ...venues.map((v) => ({ id: v, text: v, on: filter.venue === v, pick: () => onChange(chooseVenue(v)) })),
        ]}
      />
      <Chips
        label={s.kiosks}
        testId="dash-kiosk"
        items={[
          { id: 'all', text: s.allKiosks, on: filter.kioskIds.length === 0, pick: () => onChange({ ...filter, kioskIds: [] }) },
          ...shown.map((k) => ({ id: k.kioskId, text: k.kioskId, on: filter.kioskIds.includes(k.kioskId), pick: () => onChange(toggleKiosk(filter, k.kioskId)) })),
        ]}
      />
      <table className="dash-fleet__table" data-testid="dash-fleet-table">
        <thead>
          <tr>
            <th scope="col">{s.kiosk}</th>
            <th scope="col">{s.venue}</th>
            <th scope="col">{s.lastSeen}</th>
            <th scope="col">{s.backlog}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((k) => (
            <tr key={k.kioskId} data-testid={`dash-fleet-row-${k.kioskId}`}>
              <td>{k.kioskId}</td>
              <td>{k.venue ?? '–'}</td>
              <td>{formatSeen(k.lastSeenAt) ?? s.never}</td>
              <td>{k.backlog ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
