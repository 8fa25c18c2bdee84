import type { ReactNode } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../api/admin-calls';
import { ChoiceGroup } from '../components/ChoiceGroup';
import type { AdminStrings } from '../i18n';
import type { DateRange } from './date-presets';

type ExportWords = AdminStrings['export'];

/**
 * The two date inputs of an export range (the kiosk's Export screen, the
 * fleet's merged export), labelled with the Export screen's words. Test ids
 * are `<testId>-from` and `<testId>-to`; `children` follow inside the row.
 */
export const DateRangeFields = ({
  range,
  words,
  testId,
  disabled,
  onChange,
  children,
}: Readonly<{
  range: DateRange;
  words: ExportWords;
  testId: string;
  disabled?: boolean;
  onChange: (range: DateRange) => void;
  children?: ReactNode;
}>) => (
  <div className="admin-dates">
    {(['from', 'to'] as const).map((end) => (
      <label key={end}>
        {words[end]}
        <input
          type="date"
          data-testid={`${testId}-${end}`}
          value={range[end]}
          disabled={disabled}
          onChange={(e) => onChange({ ...range, [end]: e.target.value })}
        />
      </label>
    ))}
    {children}
  </div>
);

/** The export format as a touch-friendly one-of-many, with the Export screen's words (test ids `<testId>-<format>`). */
export const ExportFormatChoice = ({
  value,
  words,
  testId,
  disabled,
  onChange,
}: Readonly<{
  value: ExportFormat;
  words: ExportWords;
  testId: string;
  disabled?: boolean;
  onChange: (format: ExportFormat) => void;
}>) => (
  <ChoiceGroup
    label={words.format}
    options={EXPORT_FORMATS}
    value={value}
    labelOf={(f) => words.formats[f]}
    onChange={onChange}
    testId={testId}
    disabled={disabled}
  />
);
