import { useCallback, useState } from 'react';
import type { AdminCaller } from '../api/admin-calls';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { AdminStrings } from '../i18n';
import { ExitDialog } from './ExitDialog';
import type { SystemStrings } from './strings';

type SystemActionsProps = Readonly<{ strings: AdminStrings; s: SystemStrings; call: AdminCaller; canLeave: boolean }>;

type Step = 'idle' | 'confirm-restart' | 'pin' | 'restarting' | 'exiting';

/** "Restart the kiosk" (confirmed first) and "exit to desktop" (admin PIN typed again). */
export const SystemActions = ({ strings, s, call, canLeave }: SystemActionsProps) => {
  const [step, setStep] = useState<Step>('idle');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = useCallback(() => {
    setStep('idle');
    setRefusal(null);
  }, []);
  const restart = () => {
    setStep('restarting');
    void call('system:restart', {}).then((answer) => {
      if (answer.ok) return;
      setStep('idle');
      setRefusal(s.refused(answer.error.message));
    });
  };
  const exit = (pin: string) => {
    setBusy(true);
    void call('system:exit-to-desktop', { pin }).then((answer) => {
      setBusy(false);
      if (answer.ok) return setStep('exiting');
      return setRefusal(s.refused(answer.error.message));
    });
  };
  const leaving = step === 'restarting' || step === 'exiting';
  return (
    <section className="admin-section" aria-labelledby="system-actions-title">
      <h3 id="system-actions-title">{s.actions}</h3>
      {leaving && (
        <p className="admin-note" role="status" data-testid="system-leaving">
          {step === 'restarting' ? s.restarting : s.exiting}
        </p>
      )}
      {step === 'idle' && refusal && (
        <p className="admin-alert" role="alert" data-testid="system-refused">
          {refusal}
        </p>
      )}
      <div className="admin-actions">
        <button
          type="button"
          className="admin-button"
          data-testid="system-restart"
          disabled={!canLeave || leaving}
          onClick={() => setStep('confirm-restart')}
        >
          {s.restart}
        </button>
        <button
          type="button"
          className="admin-button"
          data-testid="system-exit"
          disabled={!canLeave || leaving}
          onClick={() => setStep('pin')}
        >
          {s.exitDesktop}
        </button>
      </div>
      {step === 'confirm-restart' && (
        <ConfirmDialog
          message={s.restartConfirm}
          confirmLabel={s.restartYes}
          cancelLabel={s.cancel}
          onConfirm={restart}
          onCancel={cancel}
          testId="system-restart-confirm"
        />
      )}
      {step === 'pin' && (
        <ExitDialog strings={strings} s={s} refusal={refusal} busy={busy} onSubmit={exit} onCancel={cancel} />
      )}
    </section>
  );
};
