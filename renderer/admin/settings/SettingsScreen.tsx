import type { AdminScreenProps } from '../screens/admin-screen-props';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { HoursEditor } from './HoursEditor';
import { issueFor, stepNumber, USUAL_DAY } from './settings-form';
import { wordedIssues } from './issue-wording';
import { Stepper, Toggle } from './Stepper';
import { SETTINGS_STRINGS } from './strings';
import { TimeStepper } from './TimeStepper';
import { useSettingsForm } from './useSettingsForm';
import './settings.css';

/**
 * Settings an admin changes by touch (docs/configuration.md, "Settings on screen"): saved as
 * the overlay on kiosk.config.json, validated by the core, every problem shown at its field.
 */
export const SettingsScreen = ({ call, language, languages }: AdminScreenProps) => {
  const s = SETTINGS_STRINGS[language];
  const form = useSettingsForm(call);
  const { view, draft, outcome, failure, busy, edit, save, reset } = form;
  // The core words its issues in English; each field shows them in the admin's language.
  const issues = wordedIssues(form.issues, language);
  if (!view || !draft)
    return <p className={failure ? 'admin-alert' : 'admin-muted'}>{failure ? s.failed(failure) : s.loading}</p>;
  const seconds = (key: 'idleSeconds' | 'idleWarningSeconds', step: number, min: number, max: number) => (
    <Stepper
      label={s[key]}
      value={s.seconds(draft[key])}
      testId={`settings-${key}`}
      error={issueFor(issues, key)}
      note={view.overlay[key] === undefined ? undefined : `${s.fromFile}: ${s.seconds(view.file[key])}`}
      less={[{ sign: '−', name: s.less(s[key]), onPress: () => edit((d) => ({ ...d, [key]: stepNumber(d[key], -step, min, max) })), disabled: draft[key] <= min }]}
      more={[{ sign: '+', name: s.more(s[key]), onPress: () => edit((d) => ({ ...d, [key]: stepNumber(d[key], step, min, max) })), disabled: draft[key] >= max }]}
    />
  );
  return (
    <section className="admin-section settings" aria-labelledby="settings-title" data-testid="admin-settings">
      <h2 id="settings-title">{s.title}</h2>
      {view.overlayProblem && <p className="admin-alert">{s.overlayProblem(view.overlayProblem)}</p>}
      <div className="settings-cards">
        <fieldset className="admin-card settings-card">
          <legend className="settings-card__title">{s.visits}</legend>
          {seconds('idleSeconds', 10, 10, 3600)}
          {seconds('idleWarningSeconds', 5, 20, 300)}
          <ChoiceGroup
            label={s.defaultLanguage}
            options={view.languages ?? languages}
            value={draft.defaultLanguage}
            labelOf={(l) => s.languageNames[l] ?? l}
            onChange={(defaultLanguage) => edit((d) => ({ ...d, defaultLanguage }))}
            testId="settings-defaultLanguage"
          />
          <Stepper
            label={s.defaultVolume}
            value={`${Math.round(draft.defaultVolume * 100)} %`}
            testId="settings-defaultVolume"
            error={issueFor(issues, 'defaultVolume')}
            less={[{ sign: '−', name: s.less(s.defaultVolume), onPress: () => edit((d) => ({ ...d, defaultVolume: stepNumber(d.defaultVolume, -0.1, 0, 1) })), disabled: draft.defaultVolume <= 0 }]}
            more={[{ sign: '+', name: s.more(s.defaultVolume), onPress: () => edit((d) => ({ ...d, defaultVolume: stepNumber(d.defaultVolume, 0.1, 0, 1) })), disabled: draft.defaultVolume >= 1 }]}
          />
          <Toggle label={s.captionsOnByDefault} on={draft.captionsOnByDefault} onText={s.on} offText={s.off} onChange={(on) => edit((d) => ({ ...d, captionsOnByDefault: on }))} testId="settings-captions" />
          <Toggle label={s.nightlyRestart} on={draft.nightlyRestart !== null} onText={s.on} offText={s.never} onChange={(on) => edit((d) => ({ ...d, nightlyRestart: on ? '03:00' : null }))} testId="settings-restart" />
          {draft.nightlyRestart !== null && (
            <TimeStepper label={s.nightlyRestart} time={draft.nightlyRestart} latest="23:45" strings={s} testId="settings-restart-time" onChange={(nightlyRestart) => edit((d) => ({ ...d, nightlyRestart }))} />
          )}
          <p className="admin-muted settings-hint">{s.nightlyRestartHint}</p>
          {issueFor(issues, 'nightlyRestart') && <p className="settings-field__error">{issueFor(issues, 'nightlyRestart')}</p>}
        </fieldset>
        <HoursEditor
          alwaysOpen={draft.alwaysOpen}
          days={draft.days}
          issues={issues}
          strings={s}
          onAlwaysOpen={(alwaysOpen) => edit((d) => ({ ...d, alwaysOpen, days: alwaysOpen ? d.days : d.days.map((day) => (day.open ? day : { open: true, from: USUAL_DAY.open, to: USUAL_DAY.close })) }))}
          onDay={(index, day) => edit((d) => ({ ...d, days: d.days.map((old, i) => (i === index ? day : old)) }))}
        />
      </div>
      <p className={outcome === 'invalid' || failure ? 'admin-alert' : outcome ? 'admin-note' : 'settings-outcome'} role="status" data-testid="settings-outcome">
        {failure ? s.failed(failure) : outcome === 'saved' ? s.saved : outcome === 'reset' ? s.resetDone : outcome === 'invalid' ? s.invalid : '\u00a0'}
      </p>
      <div className="admin-actions">
        <button type="button" className="admin-button admin-button--primary" data-testid="settings-save" disabled={busy} onClick={() => void save()}>
          {s.save}
        </button>
        <button type="button" className="admin-button admin-button--ghost" data-testid="settings-reset" disabled={busy || Object.keys(view.overlay).length === 0} onClick={() => void reset()}>
          {s.reset}
        </button>
      </div>
    </section>
  );
};
