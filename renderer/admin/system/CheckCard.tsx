import { formatLocalTime } from '../format/format';
import type { SystemStrings } from './strings';
import { formatSeconds } from './system-format';
import type { SystemStatus } from './useSystemStatus';

type CheckCardProps = Readonly<{
  check: SystemStatus['lastCheck'];
  checking: boolean;
  s: SystemStrings;
  offset: number;
  onCheck: () => void;
}>;

/** The last integrity check (kept in SQLite, so it survives a restart) and "check now". */
export const CheckCard = ({ check, checking, s, offset, onCheck }: CheckCardProps) => (
  <div className="admin-card system-card" data-testid="system-check">
    <h3 className="admin-card__heading">{s.lastCheck}</h3>
    <p data-testid="system-last-check" data-ok={check ? String(check.ok) : 'none'} role="status">
      {!check && s.neverChecked}
      {check?.ok && s.checkOk(formatLocalTime(check.at, offset), formatSeconds(check.durationMs))}
      {check && !check.ok && (
        <>
          {s.checkBad(formatLocalTime(check.at, offset))}{' '}
          <span className="admin-code">{check.result.split('\n')[0]}</span>
        </>
      )}
    </p>
    <button type="button" className="admin-button" data-testid="system-check-now" disabled={checking} onClick={onCheck}>
      {checking ? s.checking : s.checkNow}
    </button>
  </div>
);
