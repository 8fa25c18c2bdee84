import { useState } from 'react';
import type { ExportFormat } from '../api/admin-calls';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ExportSummary } from '../components/ExportSummary';
import { ProgressBar } from '../components/ProgressBar';
import { VolumePicker } from '../components/VolumePicker';
import {
  localOffsetMinutes,
  PRESETS,
  presetRange,
  rangeProblem,
  type DateRange,
  type Preset,
} from '../export/date-presets';
import { DateRangeFields, ExportFormatChoice } from '../export/RangeFormatFields';
import { useExport } from '../export/useExport';
import { formatCount, percent } from '../format/format';
import { SaveReport } from '../report/SaveReport';
import type { AdminScreenProps } from './admin-screen-props';

/** Export: a date range (presets or custom), a format, a stick; then progress with cancel, then the summary. */
export const ExportScreen = ({ strings, call, language }: AdminScreenProps) => {
  const s = strings.export;
  const exporter = useExport(call);
  const [preset, setPreset] = useState<Preset>('today');
  const [custom, setCustom] = useState<DateRange>({ from: '', to: '' });
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [volumeId, setVolumeId] = useState<string | null>(null);
  // Presets are read when the screen opens (kiosk local time); nobody exports across midnight.
  const [now] = useState(() => Date.now());
  const offset = localOffsetMinutes(now);
  const range = preset === 'custom' ? custom : presetRange(preset, now, offset);
  const problem = preset === 'custom' ? rangeProblem(custom, now, offset) : null;
  const volumes = exporter.volumes ?? [];
  const chosen = volumes.find((v) => v.id === volumeId && v.writable) ?? null;
  const { run } = exporter;
  const running = run.phase === 'running';

  return (
    <div className="admin-export" data-testid="admin-export">
      <section className="admin-section">
        <ChoiceGroup
          label={s.range}
          options={PRESETS}
          value={preset}
          labelOf={(p) => s.preset[p]}
          onChange={setPreset}
          testId="export-preset"
          disabled={running}
        />
        {preset === 'custom' ? (
          <DateRangeFields range={custom} words={s} testId="export" disabled={running} onChange={setCustom}>
            {problem && <p className="admin-alert">{s.rangeProblem[problem]}</p>}
          </DateRangeFields>
        ) : (
          <p className="admin-lead" data-testid="export-range">
            {range.from === range.to ? range.from : `${range.from} – ${range.to}`}
          </p>
        )}
        <ExportFormatChoice value={format} words={s} testId="export-format" disabled={running} onChange={setFormat} />
        <VolumePicker
          volumes={exporter.volumes}
          chosen={volumeId}
          disabled={running}
          strings={strings}
          onChoose={setVolumeId}
        />
        <div className="admin-actions">
          {running ? (
            <button
              type="button"
              className="admin-button"
              data-testid="export-cancel"
              disabled={run.cancelling}
              onClick={exporter.cancel}
            >
              {s.cancel}
            </button>
          ) : (
            <button
              type="button"
              className="admin-button admin-button--primary"
              data-testid="export-start"
              disabled={!chosen || problem !== null}
              onClick={() => chosen && exporter.start(range, format, chosen.id, language)}
            >
              {s.start}
            </button>
          )}
        </div>
      </section>
      {running && (
        <ProgressBar
          testId="export-progress"
          value={run.progress ? percent(run.progress.rowsDone, run.progress.rowsTotal) : 0}
          label={s.title}
          detail={
            run.progress
              ? s.running(formatCount(run.progress.rowsDone, language), formatCount(run.progress.rowsTotal, language))
              : undefined
          }
        />
      )}
      {run.phase === 'done' && <ExportSummary result={run.result} strings={strings} language={language} />}
      {run.phase === 'cancelled' && (
        <p className="admin-note" role="status" data-testid="export-cancelled">
          {s.cancelled}
        </p>
      )}
      {run.phase === 'failed' && (
        <p className="admin-alert" role="alert" data-testid="export-failed">
          {s.failed(run.message)}
        </p>
      )}
      <SaveReport call={call} range={range} volumeId={chosen?.id ?? null} language={language} disabled={running || problem !== null} />
    </div>
  );
};
