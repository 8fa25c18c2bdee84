import { useState } from 'react';
import { presetRange } from '../admin/dashboard/range-presets';
import type { FleetStrings } from './strings';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSON Lines' },
] as const;

/** Fetches the merged export with the session token and hands it to the browser as a file. */
const download = async (
  token: string,
  body: Readonly<{ from: string; to: string; format: string }>,
): Promise<string | null> => {
  const response = await fetch('/api/download/fleet:export', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk-Session': token },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    return ((await response.json()) as { error?: { message?: string } }).error?.message ?? response.statusText;
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `fleet.${body.format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
};

/**
 * The merged visits of every kiosk as a download (CSV or JSON Lines, the
 * kiosk export's visit columns). The range defaults to the last 30 days.
 */
export const FleetExport = ({
  token,
  today,
  strings,
}: Readonly<{ token: string; today: string; strings: FleetStrings }>) => {
  const [range, setRange] = useState(() => presetRange('30d', today, { from: today, to: today }));
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const run = (format: string) => {
    setState({ busy: true, error: null });
    void download(token, { ...range, format })
      .catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
      .then((error) => setState({ busy: false, error }));
  };
  return (
    <section className="admin-section" data-testid="fleet-export" aria-labelledby="fleet-export-title">
      <h2 id="fleet-export-title">{strings.exportTitle}</h2>
      <p className="admin-lead">{strings.exportLead}</p>
      <div className="admin-dates">
        <label>
          {strings.from}
          <input
            type="date"
            data-testid="fleet-export-from"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
          />
        </label>
        <label>
          {strings.to}
          <input
            type="date"
            data-testid="fleet-export-to"
            value={range.to}
            onChange={(e) => setRange({ ...range, to: e.target.value })}
          />
        </label>
        {FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            className="admin-button"
            data-testid={`fleet-export-${f.format}`}
            disabled={state.busy || !range.from || !range.to}
            onClick={() => run(f.format)}
          >
            {strings.download(f.label)}
          </button>
        ))}
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
