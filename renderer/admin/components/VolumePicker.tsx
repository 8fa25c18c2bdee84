import type { Volume } from '../api/admin-calls';
import { formatBytes } from '../format/format';
import type { AdminStrings } from '../i18n';

type VolumePickerProps = Readonly<{
  /** Null until `media:list` answered. */
  volumes: readonly Volume[] | null;
  chosen: string | null;
  disabled: boolean;
  strings: AdminStrings;
  onChoose: (volumeId: string) => void;
}>;

/** Where an export goes: each detected stick or export folder as a 64 px+ toggle (read-only ones shown, not pickable). */
export const VolumePicker = ({ volumes, chosen, disabled, strings, onChoose }: VolumePickerProps) => {
  const s = strings.export;
  return (
    <fieldset className="admin-choices" data-testid="export-destination">
      <legend>{s.destination}</legend>
      {volumes?.length === 0 && <p className="admin-muted">{s.noDestination}</p>}
      <div className="admin-choices__row">
        {volumes?.map((v) => (
          <button
            key={v.id}
            type="button"
            className="admin-choice admin-choice--wide"
            aria-pressed={v.id === chosen}
            disabled={disabled || !v.writable}
            data-testid="export-volume"
            data-volume={v.id}
            onClick={() => onChoose(v.id)}
          >
            <span>{v.label}</span>
            <span className="admin-choice__meta">
              {v.writable ? (v.freeBytes === null ? v.path : s.free(formatBytes(v.freeBytes))) : s.readOnly}
            </span>
          </button>
        ))}
      </div>
    </fieldset>
  );
};
