import type { ExportResult } from '../api/admin-calls';
import { exportTotals, formatBytes, formatCount, groupHash } from '../format/format';
import type { AdminLanguage, AdminStrings } from '../i18n';

type ExportSummaryProps = Readonly<{ result: ExportResult; strings: AdminStrings; language: AdminLanguage }>;

/** What an export wrote: the folder, then each file with its rows, size and SHA-256. */
export const ExportSummary = ({ result, strings, language }: ExportSummaryProps) => {
  const s = strings.export;
  const totals = exportTotals(result.files);
  return (
    <section className="admin-section" data-testid="export-result" aria-labelledby="admin-export-done">
      <h2 id="admin-export-done">{s.done}</h2>
      <p className="admin-lead" data-testid="export-totals">
        {s.totals(result.files.length, formatCount(totals.rows, language))} · {formatBytes(totals.bytes)}
      </p>
      <p>
        {s.folder}:{' '}
        <code className="admin-code" data-testid="export-folder">
          {result.folder}
        </code>
      </p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{s.file}</th>
            <th scope="col">{s.rows}</th>
            <th scope="col">{s.bytes}</th>
            <th scope="col">{s.sha256}</th>
          </tr>
        </thead>
        <tbody>
          {result.files.map((f) => (
            <tr key={f.name} data-testid="export-file" data-name={f.name} data-rows={f.rows} data-sha256={f.sha256}>
              <td>{f.name}</td>
              <td>{formatCount(f.rows, language)}</td>
              <td>{formatBytes(f.bytes)}</td>
              <td className="admin-hash">{groupHash(f.sha256)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
