import type { AdminStrings } from '../i18n';

type KeypadProps = Readonly<{
  strings: AdminStrings;
  disabled: boolean;
  canSubmit: boolean;
  submitLabel: string;
  onDigit: (digit: string) => void;
  onErase: () => void;
  onSubmit: () => void;
}>;

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** A touch number pad: 3×4 keys of at least 96 px, digits, erase and a submit key. */
export const Keypad = ({ strings, disabled, canSubmit, submitLabel, onDigit, onErase, onSubmit }: KeypadProps) => (
  <div className="admin-keypad" role="group" aria-label={strings.pin.prompt}>
    {DIGITS.map((d) => (
      <button
        key={d}
        type="button"
        className="admin-key"
        aria-label={strings.pin.digit(d)}
        data-testid={`pin-key-${d}`}
        disabled={disabled}
        onClick={() => onDigit(d)}
      >
        {d}
      </button>
    ))}
    <button
      type="button"
      className="admin-key admin-key--erase"
      aria-label={strings.pin.erase}
      data-testid="pin-erase"
      disabled={disabled}
      onClick={onErase}
    >
      ⌫
    </button>
    <button
      type="button"
      className="admin-key"
      aria-label={strings.pin.digit('0')}
      data-testid="pin-key-0"
      disabled={disabled}
      onClick={() => onDigit('0')}
    >
      0
    </button>
    <button
      type="button"
      className="admin-key admin-key--submit"
      data-testid="pin-submit"
      disabled={disabled || !canSubmit}
      onClick={onSubmit}
    >
      {submitLabel}
    </button>
  </div>
);
