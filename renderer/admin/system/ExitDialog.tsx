import { useEffect, useId, useState } from 'react';
import { Keypad } from '../components/Keypad';
import { PinDots } from '../components/PinDots';
import type { AdminStrings } from '../i18n';
import { PIN_MAX, PIN_MIN } from '../session/session-machine';
import type { SystemStrings } from './strings';

type ExitDialogProps = Readonly<{
  strings: AdminStrings;
  s: SystemStrings;
  /** Why the last PIN was refused, shown above the keypad. */
  refusal: string | null;
  busy: boolean;
  onSubmit: (pin: string) => void;
  onCancel: () => void;
}>;

/** Asks for the admin PIN again before exit to desktop, whoever is signed in; Escape cancels. */
export const ExitDialog = ({ strings, s, refusal, busy, onSubmit, onCancel }: ExitDialogProps) => {
  const titleId = useId();
  const [digits, setDigits] = useState('');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="admin-scrim">
      <div
        className="admin-dialog system-exit"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="system-exit-dialog"
      >
        <p id={titleId} className="admin-dialog__message">
          {s.exitPrompt}
        </p>
        <PinDots count={digits.length} label={strings.pin.entered(digits.length)} />
        <p className={refusal ? 'admin-alert' : 'admin-pins__outcome'} role="status" data-testid="system-exit-refusal">
          {refusal ?? '\u00a0'}
        </p>
        <Keypad
          strings={strings}
          disabled={busy}
          canSubmit={digits.length >= PIN_MIN}
          submitLabel={s.exitSubmit}
          onDigit={(d) => setDigits((v) => (v.length < PIN_MAX ? v + d : v))}
          onErase={() => setDigits((v) => v.slice(0, -1))}
          onSubmit={() => {
            // Cleared at once: a refused PIN is not left on the pad, and the next one starts from nothing.
            onSubmit(digits);
            setDigits('');
          }}
        />
        <div className="admin-actions">
          <button
            type="button"
            className="admin-button admin-button--ghost"
            data-testid="system-exit-cancel"
            onClick={onCancel}
          >
            {s.cancel}
          </button>
        </div>
      </div>
    </div>
  );
};
