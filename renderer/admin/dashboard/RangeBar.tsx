import { useState } from 'react';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { stepDate } from './date-step';
import { DateStepper } from './DateStepper';
import type { DateRangeInput, RangePreset } from './range-presets';
import type { DashboardStrings } from './strings';

type Props = Readonly<{
  preset: RangePreset;
  range: DateRangeInput;
  /** Today's local date: no range reaches past it. */
  today: string;
  strings: DashboardStrings;
  onPreset(preset: RangePreset): void;
  onCustom(range: DateRangeInput): void;
}>;

const PRESETS: readonly RangePreset[] = ['today', '7d', '30d', 'month', 'custom'];
/** How far back the steppers reach: well within the longest range `stats:dashboard` takes (3,660 days). */
const YEARS_BACK = 5;

/** The period picker: one tap per preset; a custom range set with touch steppers, then shown. */
export const RangeBar = ({ preset, range, today, strings: s, onPreset, onCustom }: Props) => {
  const [draft, setDraft] = useState(range);
  const earliest = stepDate(today, { months: -12 * YEARS_BACK }, '0000-01-01', today);
  return (
    <div className="dash-range">
      <ChoiceGroup label={s.period} options={PRESETS} value={preset} labelOf={(p) => s.presets[p]} onChange={onPreset} testId="dash-preset" />
      {preset === 'custom' && (
        <div className="dash-range__custom">
          <DateStepper label={s.from} value={draft.from} min={earliest} max={draft.to} strings={s} testId="dash-from" onChange={(from) => setDraft({ ...draft, from })} />
          <DateStepper label={s.to} value={draft.to} min={draft.from} max={today} strings={s} testId="dash-to" onChange={(to) => setDraft({ ...draft, to })} />
          <button type="button" className="admin-button admin-button--primary" data-testid="dash-apply" onClick={() => onCustom(draft)}>
            {s.apply}
          </button>
        </div>
      )}
    </div>
  );
};
