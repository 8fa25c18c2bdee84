import type { PreflightReport } from '../api/admin-calls';
import { packTitle } from '../content/pack-title';
import { chapterTitles, checkName, languageNames, listOf, preflightWording } from '../content/preflight-strings';
import { formatBytes, versionChange } from '../format/format';
import type { AdminLanguage, AdminStrings } from '../i18n';

type PreflightViewProps = Readonly<{ report: PreflightReport; strings: AdminStrings; language: AdminLanguage }>;

/** The pre-flight report: every check with its outcome, the warnings, and what installing would change. */
export const PreflightView = ({ report, strings, language }: PreflightViewProps) => {
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
        {report.pack ? ` · ${packTitle(report.pack, language)} (${report.pack.id} ${report.pack.version})` : ''}
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
                  <strong>{checkName(check.name, language)}</strong> {preflightWording(check, language)}
                </span>
              </li>
            ))}
          </ul>
          {report.warnings.length > 0 && (
            <>
              <h3>{s.warnings}</h3>
              <ul className="admin-checks" data-testid="preflight-warnings">
                {report.warnings.map((w) => (
                  <li key={w.code} className="admin-check admin-check--warn">
                    {preflightWording(w, language)}
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
            <dd>{listOf(chapterTitles(changes.chapters, language), language) || '–'}</dd>
            <dt>{s.languagesAdded}</dt>
            <dd>{languageNames(changes.languagesAdded, language) || '–'}</dd>
            <dt>{s.languagesRemoved}</dt>
            <dd>{languageNames(changes.languagesRemoved, language) || '–'}</dd>
            <dt>{s.size}</dt>
            <dd>{formatBytes(changes.bytes)}</dd>
          </dl>
        )}
      </div>
    </section>
  );
};
