import { useCallback, useEffect, useState } from 'react';
import type { AuditRow } from '../api/admin-calls';
import { formatLocalTime } from '../format/format';
import { localOffsetMinutes } from '../export/date-presets';
import type { AdminScreenProps } from './admin-screen-props';

/** Rows per page of the audit list. */
const PAGE = 50;

/** The audit log, newest first, with "older entries" paging by row id. */
export const AuditScreen = ({ strings, call }: AdminScreenProps) => {
  const s = strings.audit;
  const [rows, setRows] = useState<readonly AuditRow[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (before?: number) =>
      call('audit:list', before === undefined ? { limit: PAGE } : { limit: PAGE, before }).then((answer) => {
        if (!answer.ok) return setError(answer.error.message);
        setRows((r) => (before === undefined ? answer.value.rows : [...(r ?? []), ...answer.value.rows]));
        return setMore(answer.value.rows.length === PAGE);
      }),
    [call],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const [offset] = useState(() => localOffsetMinutes(Date.now()));
  const last = rows?.[rows.length - 1];
  return (
    <section className="admin-section" aria-labelledby="admin-audit-title" data-testid="admin-audit">
      <h2 id="admin-audit-title">{s.title}</h2>
      {error && (
        <p className="admin-alert" role="alert">
          {error}
        </p>
      )}
      {rows?.length === 0 && <p className="admin-muted">{s.empty}</p>}
      {rows && rows.length > 0 && (
        <div className="admin-scroll" tabIndex={0} aria-labelledby="admin-audit-title">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{s.time}</th>
                <th scope="col">{s.who}</th>
                <th scope="col">{s.action}</th>
                <th scope="col">{s.detail}</th>
                <th scope="col">{s.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="audit-row" data-action={row.action} data-outcome={row.outcome}>
                  <td className="admin-nowrap">{formatLocalTime(row.at, offset)}</td>
                  <td>{row.role ? strings.role[row.role] : s.nobody}</td>
                  <td>{row.action}</td>
                  <td>{row.detail}</td>
                  <td className={`admin-outcome admin-outcome--${row.outcome}`}>{s.outcomes[row.outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && last && (
        <button type="button" className="admin-button" data-testid="audit-more" onClick={() => void load(last.id)}>
          {s.more}
        </button>
      )}
    </section>
  );
};
