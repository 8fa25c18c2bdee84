type ChoiceGroupProps<T extends string> = Readonly<{
  label: string;
  options: readonly T[];
  value: T | null;
  labelOf: (option: T) => string;
  onChange: (option: T) => void;
  testId: string;
  disabled?: boolean;
}>;

/** One-of-many as a row of 64 px+ toggle buttons (touch-friendly radio group). */
export const ChoiceGroup = <T extends string>({
  label,
  options,
  value,
  labelOf,
  onChange,
  testId,
  disabled,
}: ChoiceGroupProps<T>) => (
  <fieldset className="admin-choices" data-testid={testId}>
    <legend>{label}</legend>
    <div className="admin-choices__row">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="admin-choice"
          aria-pressed={option === value}
          data-testid={`${testId}-${option}`}
          disabled={disabled}
          onClick={() => onChange(option)}
        >
          {labelOf(option)}
        </button>
      ))}
    </div>
  </fieldset>
);
