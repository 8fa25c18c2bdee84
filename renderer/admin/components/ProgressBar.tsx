type ProgressBarProps = Readonly<{ value: number; label: string; detail?: string; testId?: string }>;

/** A progress bar (0–100) with what it measures, readable by screen readers. The fill moves by transform only. */
export const ProgressBar = ({ value, label, detail, testId }: ProgressBarProps) => (
  <div className="admin-progress" data-testid={testId}>
    <div className="admin-progress__label">
      <span>{label}</span>
      <span>{detail ?? `${value}%`}</span>
    </div>
    <div
      className="admin-progress__track"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
    >
      <div className="admin-progress__fill" style={{ transform: `scaleX(${value / 100})` }} />
    </div>
  </div>
);
