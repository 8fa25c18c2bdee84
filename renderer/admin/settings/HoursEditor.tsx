import type { SettingsIssue } from '../../../electron/shared/contract/settings';
import { issueFor, USUAL_DAY, WEEK, type DayDraft } from './settings-form';
import type { SettingsStrings } from './strings';
import { TimeStepper } from './TimeStepper';
import { Toggle } from './Stepper';

type HoursEditorProps = Readonly<{
  alwaysOpen: boolean;
  days: readonly DayDraft[];
  issues: readonly SettingsIssue[];
  strings: SettingsStrings;
  onAlwaysOpen: (on: boolean) => void;
  onDay: (index: number, day: DayDraft) => void;
}>;

/** The week, Monday first: each day open or closed, with its opening and closing time by touch. */
export const HoursEditor = ({ alwaysOpen, days, issues, strings: s, onAlwaysOpen, onDay }: HoursEditorProps) => (
  <fieldset className="admin-card settings-card" data-testid="settings-hours">
    <legend className="settings-card__title">{s.hours}</legend>
    <Toggle label={s.alwaysOpen} on={alwaysOpen} onText={s.on} offText={s.off} onChange={onAlwaysOpen} testId="settings-always-open" />
    {!alwaysOpen &&
      WEEK.map((key, i) => {
        const day = days[i] ?? { open: false, from: USUAL_DAY.open, to: USUAL_DAY.close };
        const name = s.weekdays[i] ?? key;
        const error = issueFor(issues, `openingHours.${key}`);
        return (
          <div key={key} className={`settings-day${error ? ' settings-field--bad' : ''}`} data-testid={`settings-day-${key}`}>
            <Toggle label={name} on={day.open} onText={s.openDay} offText={s.closedDay} onChange={(open) => onDay(i, { ...day, open })} testId={`settings-day-${key}-open`} />
            {day.open && (
              <div className="settings-day__times">
                <TimeStepper label={s.open} name={`${name} ${s.open}`} time={day.from} strings={s} testId={`settings-day-${key}-from`} onChange={(from) => onDay(i, { ...day, from })} />
                <TimeStepper label={s.close} name={`${name} ${s.close}`} time={day.to} strings={s} testId={`settings-day-${key}-to`} onChange={(to) => onDay(i, { ...day, to })} />
              </div>
            )}
            {error && (
              <p className="settings-field__error" data-testid={`settings-day-${key}-error`}>
                {s.dayOrder}
              </p>
            )}
          </div>
        );
      })}
  </fieldset>
);
