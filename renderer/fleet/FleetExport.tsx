import { useState } from 'react';
import type { ExportFormat } from '../admin/api/admin-calls';
import { dashboardInput, type FleetFilter } from '../admin/dashboard/fleet-filter';
import { presetRange } from '../admin/dashboard/range-presets';
import { DateRangeFields, ExportFormatChoice } from '../admin/export/RangeFormatFields';
import type { AdminLanguage, AdminStrings } from '../admin/i18n';
import type { FleetStrings } from './strings';

/** Fetches the merged export with the session token and hands it to the browser as a file. */
const download = async (token: string, body: Readonly<Record<string, unknown>>): Promise<string | null> => {
  const response = await fetch('/api/download/fleet:export', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk-Session': token },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    return ((await response.json()) as { error?: { message?: string } }).error?.message ?? response.statusText;
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'fleet-export';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
};

type FleetExportProps = Readonly<{
  token: string;
  today: string;
  /** The dashboard's kiosk / venue filter: the export covers what the dashboard shows. */
  filter: FleetFilter;
  language: AdminLanguage;
  strings: FleetStrings;
  admin: AdminStrings;
}>;

/**
 * The merged visits, events and kiosks of the filtered kiosks as a download:
 * the Export screen's range and format fields, one download button. The
 * range defaults to the last 30 days; the workbook is in the screen's language.
 */
export const FleetExport = ({ token, today, filter, language, strings, admin }: FleetExportProps) => {
  const [range, setRange] = useState(() => presetRange('30d', today, { from: today, to: today }));
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const run = () => {
    setState({ busy: true, error: null });
    void download(token, { ...dashboardInput(range, filter), format, language })
      .catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
      .then((error) => setState({ busy: false, error }));
  };
  const covers = filter.kioskIds.length > 0 ? filter.kioskIds.join(', ') : (filter.venue ?? strings.allKiosks);
  return (
    <section className="admin-section" data-testid="fleet-export" aria-labelledby="fleet-export-title">
      <h2 id="fleet-export-title">{strings.exportTitle}</h2>
      <p className="admin-lead">{strings.exportLead}</p>
      <p className="admin-muted" data-testid="fleet-export-covers">
        {strings.covers(covers)}
      </p>
      <DateRangeFields range={range} words={admin.export} testId="fleet-export" disabled={state.busy} onChange={setRange} />
      <ExportFormatChoice
        value={format}
        words={admin.export}
        testId="fleet-export-format"
        disabled={state.busy}
        onChange={setFormat}
      />
      <div className="admin-actions">
        <button
          type="button"
          className="admin-button admin-button--primary"
          data-testid="fleet-export-download"
          disabled={state.busy || !range.from || !range.to}
          onClick={run}
        >
          {strings.download}
        </button>
      </div>
      {state.busy && <p className="admin-muted">{strings.downloading}</p>}
      {state.error && (
        <p className="admin-alert" role="alert">
          {strings.failed}: {state.error}
        </p>
      )}
    </section>
  );
};
