import { stepDate } from './date-step';
import type { DashboardStrings } from './strings';

type Props = Readonly<{
  label: string;
  value: string;
  /** Earliest and latest date it may show (the other end of the range, today). */
  min: string;
  max: string;
  strings: DashboardStrings;
  testId: string;
  onChange(date: string): void;
}>;

/** A date set by touch alone: month and day steppers around the date (no keyboard, no native picker). */
export const DateStepper = ({ label, value, min, max, strings: s, testId, onChange }: Props) => {
  const steps = [
    { id: 'month-back', text: '«', aria: s.monthBack, step: { months: -1 } },
    { id: 'day-back', text: '‹', aria: s.dayBack, step: { days: -1 } },
    { id: 'day-on', text: '›', aria: s.dayOn, step: { days: 1 } },
    { id: 'month-on', text: '»', aria: s.monthOn, step: { months: 1 } },
  ];
  const button = (b: (typeof steps)[number]) => {
    const next = stepDate(value, b.step, min, max);
    return (
      <button
        key={b.id}
        type="button"
        className="admin-button dash-step__button"
        aria-label={`${label}: ${b.aria}`}
        data-testid={`${testId}-${b.id}`}
        disabled={next === value}
        onClick={() => onChange(next)}
      >
        {b.text}
      </button>
    );
  };
  return (
    <div className="dash-step" role="group" aria-label={label}>
      <span className="dash-step__label">{label}</span>
      <div className="dash-step__row">
        {steps.slice(0, 2).map(button)}
        <output className="dash-step__value" data-testid={testId} aria-live="polite">
          {value}
        </output>
        {steps.slice(2).map(button)}
      </div>
    </div>
  );
};
