import { useEffect, useRef } from 'react';
import { Keypad } from '../components/Keypad';
import { PinDots } from '../components/PinDots';
import { AdminTopBar } from '../components/AdminTopBar';
import type { AdminStrings } from '../i18n';
import { canSubmit, isLocked, lockMsLeft, minutesSeconds, noPinSet, type PinState } from '../session/session-machine';
import type { AdminSession } from '../session/useAdminSession';

type PinPadScreenProps = Readonly<{
  pad: PinState;
  session: AdminSession;
  strings: AdminStrings;
  onToggleLanguage: () => void;
  onCancel: () => void;
}>;

/** What the pad says under the dots: how to set a PIN, the lock countdown, tries left, or an error. */
const padMessage = (pad: PinState, strings: AdminStrings, now: number): string | null => {
  if (isLocked(pad, now)) return strings.pin.locked(minutesSeconds(lockMsLeft(pad, now)));
  if (pad.busy) return strings.pin.checking;
  if (pad.refusal === 'wrong') return strings.pin.wrong(pad.status?.attemptsLeft ?? 0);
  if (pad.refusal === 'error') return strings.pin.error(pad.message ?? '');
  return null;
};

/** The PIN pad: masked dots, a 64 px+ keypad, and what the core said (no PIN set, locked, tries left). */
export const PinPadScreen = ({ pad, session, strings, onToggleLanguage, onCancel }: PinPadScreenProps) => {
  const { now } = session;
  const unset = noPinSet(pad);
  const locked = isLocked(pad, now);
  const message = padMessage(pad, strings, now);
  // A keyboard works too (digits, Backspace, Enter) where one is attached.
  const keys = useRef(session);
  useEffect(() => {
    keys.current = session;
  }, [session]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) keys.current.digit(event.key);
      else if (event.key === 'Backspace') keys.current.erase();
      else if (event.key === 'Enter') keys.current.submit();
      else if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  return (
    <main className="admin-screen admin-pin" data-testid="admin-pin-pad">
      <AdminTopBar strings={strings} onToggleLanguage={onToggleLanguage} onExit={onCancel} exitLabel={strings.cancel} />
      <section className="admin-pin__body" aria-labelledby="admin-pin-title">
        <h2 id="admin-pin-title" className="admin-pin__title">
          {strings.pin.title}
        </h2>
        {pad.status === null ? (
          <p className="admin-pin__message">{strings.pin.checking}</p>
        ) : unset ? (
          <div className="admin-pin__unset" data-testid="pin-unset">
            <p>{strings.pin.noPinSet}</p>
            <code className="admin-code">{strings.pin.noPinSetCommand}</code>
          </div>
        ) : (
          <>
            <p className="admin-pin__prompt">{strings.pin.prompt}</p>
            <PinDots count={pad.digits.length} label={strings.pin.entered(pad.digits.length)} />
            <p
              className={`admin-pin__message${pad.refusal || locked ? ' admin-pin__message--alert' : ''}`}
              data-testid="pin-message"
              role="alert"
            >
              {message ?? '\u00a0'}
            </p>
            <Keypad
              strings={strings}
              disabled={pad.busy || locked}
              canSubmit={canSubmit(pad, now)}
              submitLabel={strings.pin.submit}
              onDigit={session.digit}
              onErase={session.erase}
              onSubmit={session.submit}
            />
          </>
        )}
      </section>
    </main>
  );
};
