import type { PreflightReport } from '../api/admin-calls';
import { formatBytes, versionChange } from '../format/format';
import type { AdminStrings } from '../i18n';

type PreflightViewProps = Readonly<{ report: PreflightReport; strings: AdminStrings }>;

/** The pre-flight report: every check with its outcome, the warnings, and what installing would change. */
export const PreflightView = ({ report, strings }: PreflightViewProps) => {
  const s = strings.content;
  const changes = report.changes;
  return (
    <section
      className="admin-section"
      aria-labelledby="admin-preflight-title"
      data-testid="preflight"
      data-ok={report.ok}
    >
      <h2 id="admin-preflight-title">
        {s.preflight}
        {report.pack ? ` · ${report.pack.title} (${report.pack.id} ${report.pack.version})` : ''}
      </h2>
      {!report.ok && (
        <p className="admin-alert" data-testid="preflight-refused">
          {s.refused}
        </p>
      )}
      {changes?.downgrade && (
        <p className="admin-alert" data-testid="preflight-downgrade">
          {s.downgrade}
        </p>
      )}
      <div className="admin-columns">
        <div>
          <h3>{s.checks}</h3>
          <ul className="admin-checks" data-testid="preflight-checks">
            {report.checks.map((check) => (
              <li
                key={check.name}
                className={check.ok ? 'admin-check admin-check--ok' : 'admin-check admin-check--bad'}
              >
                <span className="admin-check__mark" aria-hidden="true">
                  {check.ok ? '✓' : '✗'}
                </span>
                <span>
                  <strong>{check.name}</strong> {check.message}
                </span>
              </li>
            ))}
          </ul>
          {report.warnings.length > 0 && (
            <>
              <h3>{s.warnings}</h3>
              <ul className="admin-checks" data-testid="preflight-warnings">
                {report.warnings.map((w) => (
                  <li key={w} className="admin-check admin-check--warn">
                    {w}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        {changes && (
          <dl className="admin-facts" data-testid="preflight-changes">
            <dt>{s.version}</dt>
            <dd>{versionChange(changes.fromVersion, changes.toVersion)}</dd>
            <dt>{s.chapters}</dt>
            <dd>{changes.chapters.join(', ') || '–'}</dd>
            <dt>{s.languagesAdded}</dt>
            <dd>{changes.languagesAdded.join(', ') || '–'}</dd>
            <dt>{s.languagesRemoved}</dt>
            <dd>{changes.languagesRemoved.join(', ') || '–'}</dd>
            <dt>{s.size}</dt>
            <dd>{formatBytes(changes.bytes)}</dd>
          </dl>
        )}
      </div>
    </section>
  );
};
