import { useCallback, useState } from 'react';
import type { AdminCaller } from '../api/admin-calls';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { AdminStrings } from '../i18n';
import { ExitDialog } from './ExitDialog';
import type { SystemStrings } from './strings';

type SystemActionsProps = Readonly<{
  strings: AdminStrings;
  s: SystemStrings;
  call: AdminCaller;
  canLeave: boolean;
  /** After a refused action: the kiosk is still running, so the figures are read again. */
  onRefused(): void;
}>;

type Step = 'idle' | 'confirm-restart' | 'pin' | 'restarting' | 'exiting';

/** "Restart the kiosk" (confirmed first) and "exit to desktop" (admin PIN typed again). */
export const SystemActions = ({ strings, s, call, canLeave, onRefused }: SystemActionsProps) => {
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
      onRefused();
    });
  };
  const exit = (pin: string) => {
    setBusy(true);
    void call('system:exit-to-desktop', { pin }).then((answer) => {
      setBusy(false);
      if (answer.ok) return setStep('exiting');
      setRefusal(s.refused(answer.error.message));
      onRefused();
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
        {(
          [
            ['system-restart', s.restart, 'confirm-restart'],
            ['system-exit', s.exitDesktop, 'pin'],
          ] as const
        ).map(([testId, label, next]) => (
          <button key={testId} type="button" className="admin-button" data-testid={testId} disabled={!canLeave || leaving} onClick={() => setStep(next)}>
            {label}
          </button>
        ))}
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
