import { useState } from 'react';
import type { AdminRole } from '../api/admin-calls';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { Keypad } from '../components/Keypad';
import { PinDots } from '../components/PinDots';
import { PIN_MAX, PIN_MIN } from '../session/session-machine';
import type { AdminScreenProps } from './admin-screen-props';

const ROLES: readonly AdminRole[] = ['staff', 'admin'];

type Entry = Readonly<{ role: AdminRole; first: string | null; digits: string; busy: boolean }>;
type Outcome = Readonly<{ ok: boolean; text: string }> | null;

/** An admin sets a new staff or admin PIN: typed twice on the keypad, then `admin:change-pin`. */
export const PinsScreen = ({ strings, call }: AdminScreenProps) => {
  const s = strings.pins;
  const [entry, setEntry] = useState<Entry>({ role: 'staff', first: null, digits: '', busy: false });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const roleName = strings.role[entry.role];
  const fresh = (role: AdminRole): Entry => ({ role, first: null, digits: '', busy: false });

  const next = () => {
    if (entry.digits.length < PIN_MIN) return setOutcome({ ok: false, text: s.tooShort });
    if (entry.first === null) return setEntry({ ...entry, first: entry.digits, digits: '' });
    if (entry.first !== entry.digits) {
      setEntry(fresh(entry.role));
      return setOutcome({ ok: false, text: s.mismatch });
    }
    setEntry({ ...entry, busy: true });
    return void call('admin:change-pin', { role: entry.role, pin: entry.digits }).then((answer) => {
      setEntry(fresh(entry.role));
      setOutcome(
        answer.ok ? { ok: true, text: s.saved(roleName) } : { ok: false, text: s.failed(answer.error.message) },
      );
    });
  };

  return (
    <section className="admin-section admin-pins" aria-labelledby="admin-pins-title" data-testid="admin-pins">
      <h2 id="admin-pins-title">{s.title}</h2>
      <ChoiceGroup
        label={s.whose}
        options={ROLES}
        value={entry.role}
        labelOf={(role) => strings.role[role]}
        onChange={(role) => {
          setEntry(fresh(role));
          setOutcome(null);
        }}
        testId="pins-role"
        disabled={entry.busy}
      />
      <p className="admin-lead">{entry.first === null ? s.change(roleName) : s.repeat}</p>
      <PinDots count={entry.digits.length} label={strings.pin.entered(entry.digits.length)} />
      <p
        className={outcome ? (outcome.ok ? 'admin-note' : 'admin-alert') : 'admin-pins__outcome'}
        role="status"
        data-testid="pins-outcome"
      >
        {outcome?.text ?? '\u00a0'}
      </p>
      <Keypad
        strings={strings}
        disabled={entry.busy}
        canSubmit={entry.digits.length >= PIN_MIN}
        submitLabel={entry.first === null ? s.next : s.save}
        onDigit={(d) => {
          setOutcome(null);
          setEntry((e) => (e.digits.length < PIN_MAX ? { ...e, digits: e.digits + d } : e));
        }}
        onErase={() => setEntry((e) => ({ ...e, digits: e.digits.slice(0, -1) }))}
        onSubmit={next}
      />
    </section>
  );
};
