import { useEffect, useId, useRef, type ReactNode } from 'react';

type ConfirmDialogProps = Readonly<{
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}>;

/** A yes/no question over the admin screen; focus starts on "cancel", Escape cancels. */
export const ConfirmDialog = ({
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) => {
  const messageId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(onCancel);
  useEffect(() => {
    onCancelRef.current = onCancel;
  }, [onCancel]);
  useEffect(() => {
    cancel.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancelRef.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="admin-scrim">
      <div
        className="admin-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-describedby={messageId}
        aria-labelledby={messageId}
        data-testid={testId}
      >
        <p id={messageId} className="admin-dialog__message">
          {message}
        </p>
        <div className="admin-actions">
          <button
            ref={cancel}
            type="button"
            className="admin-button admin-button--ghost"
            data-testid="confirm-cancel"
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            data-testid="confirm-ok"
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
};
