import type { ReactNode } from 'react';

/** One button of a stepper: its visible sign and the name a screen reader hears. */
export type Step = Readonly<{ sign: string; name: string; onPress: () => void; disabled?: boolean }>;

type StepperProps = Readonly<{
  label: ReactNode;
  /** The value as shown, e.g. "90 s" or "09:00". */
  value: string;
  less: readonly Step[];
  more: readonly Step[];
  testId: string;
  error?: string;
  note?: string;
  disabled?: boolean;
  /** The group's name when the visible label alone is ambiguous ("Opens" on every weekday row). */
  groupName?: string;
}>;

/** A value changed only by 64 px+ buttons (no keyboard on the kiosk): decrements left, increments right. */
export const Stepper = ({ label, value, less, more, testId, error, note, disabled, groupName }: StepperProps) => {
  const errorId = `${testId}-error`;
  const button = (step: Step) => (
    <button
      key={step.name}
      type="button"
      className="admin-choice settings-step"
      aria-label={step.name}
      disabled={disabled || step.disabled}
      onClick={step.onPress}
      data-testid={`${testId}-${step.sign === '−' || step.sign === '«' ? 'less' : 'more'}${step.sign === '«' || step.sign === '»' ? '-big' : ''}`}
    >
      {step.sign}
    </button>
  );
  return (
    <div className={`settings-field${error ? ' settings-field--bad' : ''}`} role="group" aria-label={groupName} aria-labelledby={groupName ? undefined : `${testId}-label`} aria-describedby={error ? errorId : undefined}>
      <span className="settings-field__label" id={`${testId}-label`}>
        {label}
        {note && <span className="settings-field__note"> · {note}</span>}
      </span>
      <div className="settings-stepper">
        {less.map(button)}
        <output className="settings-stepper__value" data-testid={testId} aria-live="polite">
          {value}
        </output>
        {more.map(button)}
      </div>
      {error && (
        <p className="settings-field__error" id={errorId} data-testid={errorId}>
          {error}
        </p>
      )}
    </div>
  );
};

type ToggleProps = Readonly<{ label: string; on: boolean; onText: string; offText: string; onChange: (on: boolean) => void; testId: string; disabled?: boolean }>;

/** An on/off switch as one 64 px+ button (aria-pressed). */
export const Toggle = ({ label, on, onText, offText, onChange, testId, disabled }: ToggleProps) => (
  <div className="settings-field">
    <span className="settings-field__label" id={`${testId}-label`}>
      {label}
    </span>
    <button
      type="button"
      className="admin-choice settings-toggle"
      aria-pressed={on}
      aria-labelledby={`${testId}-label`}
      data-testid={testId}
      disabled={disabled}
      onClick={() => onChange(!on)}
    >
      {on ? onText : offText}
    </button>
  </div>
);
