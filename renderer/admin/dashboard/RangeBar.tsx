import { useState } from 'react';
import type { DateRangeInput, RangePreset } from './range-presets';
import type { DashboardStrings } from './strings';

type Props = Readonly<{
  preset: RangePreset;
  range: DateRangeInput;
  strings: DashboardStrings;
  onPreset(preset: RangePreset): void;
  onCustom(range: DateRangeInput): void;
}>;

const PRESETS: readonly RangePreset[] = ['today', '7d', '30d', 'month', 'custom'];

/** The period picker: one tap per preset, two date fields for a custom range. */
export const RangeBar = ({ preset, range, strings, onPreset, onCustom }: Props) => {
  const [draft, setDraft] = useState(range);
  return (
    <div className="dash-range">
      <div className="dash-range__presets" role="radiogroup" aria-label={strings.title}>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={preset === p}
            className={`admin-choice${preset === p ? ' admin-choice--on' : ''}`}
            data-testid={`dash-preset-${p}`}
            onClick={() => onPreset(p)}
          >
            {strings.presets[p]}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <div className="dash-range__custom">
          <label>
            {strings.from}
            <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          </label>
          <label>
            {strings.to}
            <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          </label>
          <button type="button" className="admin-button admin-button--primary" onClick={() => onCustom(draft)} disabled={!draft.from || !draft.to}>
            {strings.apply}
          </button>
        </div>
      )}
      <p className="admin-muted dash-range__shown">
        {range.from} – {range.to}
      </p>
    </div>
  );
};
