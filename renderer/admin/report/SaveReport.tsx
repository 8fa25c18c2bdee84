import { useState } from 'react';
import type { AdminCaller } from '../api/admin-calls';
import { ChoiceGroup } from '../components/ChoiceGroup';
import type { DateRange } from '../export/date-presets';
import type { AdminLanguage } from '../i18n';
import { REPORT_ACTION_STRINGS } from './strings';
import './report.css';

type SaveReportProps = Readonly<{
  call: AdminCaller;
  /** The export screen's range and destination: the report goes beside the export. */
  range: DateRange;
  volumeId: string | null;
  language: AdminLanguage;
  /** True while an export runs or the range is invalid. */
  disabled: boolean;
}>;

type ReportRun =
  | Readonly<{ phase: 'idle' | 'saving' }>
  | Readonly<{ phase: 'saved'; name: string; folder: string }>
  | Readonly<{ phase: 'failed'; message: string }>;

const LANGUAGES: readonly AdminLanguage[] = ['zh-CN', 'en'];

/** "Save report (PDF)": the one-page summary of the export screen's range, in a chosen language, onto its destination. */
export const SaveReport = ({ call, range, volumeId, language, disabled }: SaveReportProps) => {
  const s = REPORT_ACTION_STRINGS[language];
  const [reportLanguage, setReportLanguage] = useState<AdminLanguage>(language);
  const [run, setRun] = useState<ReportRun>({ phase: 'idle' });
  const saving = run.phase === 'saving';

  const save = () => {
    if (!volumeId) return;
    setRun({ phase: 'saving' });
    void call('report:pdf', { ...range, language: reportLanguage, volumeId }).then((answer) =>
      setRun(answer.ok ? { phase: 'saved', name: answer.value.name, folder: answer.value.folder } : { phase: 'failed', message: answer.error.message }),
    );
  };

  return (
    <section className="admin-section report-pdf" data-testid="report-pdf" aria-labelledby="admin-report-title">
      <h2 id="admin-report-title">{s.title}</h2>
      <p className="report-pdf__lead" data-testid="report-lead">
        {s.lead}
      </p>
      <ChoiceGroup
        label={s.language}
        options={LANGUAGES}
        value={reportLanguage}
        labelOf={(l) => s.languages[l]}
        onChange={setReportLanguage}
        testId="report-language"
        disabled={saving}
      />
      <div className="admin-actions">
        <button type="button" className="admin-button" data-testid="report-save" disabled={disabled || saving || !volumeId} onClick={save}>
          {saving ? s.saving : s.save}
        </button>
      </div>
      {!volumeId && <p className="admin-note">{s.needsDestination}</p>}
      {run.phase === 'saved' && (
        <p className="admin-note" role="status" data-testid="report-saved">
          {s.saved(run.name)} · {s.folder}: <code className="admin-code">{run.folder}</code>
        </p>
      )}
      {run.phase === 'failed' && (
        <p className="admin-alert" role="alert" data-testid="report-failed">
          {s.failed(run.message)}
        </p>
      )}
    </section>
  );
};
