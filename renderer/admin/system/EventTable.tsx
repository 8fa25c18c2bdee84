import { formatLocalTime } from '../format/format';
import type { SystemStrings } from './strings';
import type { SystemStatus } from './useSystemStatus';

type EventTableProps = Readonly<{ events: SystemStatus['events']; s: SystemStrings; offset: number }>;

/** Recent crash / recovery events and health alerts, newest first, as SQLite keeps them. */
export const EventTable = ({ events, s, offset }: EventTableProps) => (
  <section className="admin-section" aria-labelledby="system-events-title" data-testid="system-events">
    <h3 id="system-events-title">{s.events}</h3>
    {events.length === 0 ? (
      <p className="admin-muted">{s.noEvents}</p>
    ) : (
      <div className="admin-scroll system-events" tabIndex={0} aria-labelledby="system-events-title">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{s.eventTime}</th>
              <th scope="col">{s.eventKind}</th>
              <th scope="col">{s.eventMessage}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, i) => (
              <tr key={`${event.at}-${i}`} data-testid="system-event" data-kind={event.kind}>
                <td className="admin-nowrap">{formatLocalTime(event.at, offset)}</td>
                <td className="admin-nowrap">{event.kind}</td>
                <td>{event.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </section>
);
