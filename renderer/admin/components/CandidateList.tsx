import type { PackCandidate } from '../api/admin-calls';
import { formatBytes } from '../format/format';
import type { AdminStrings } from '../i18n';

type CandidateListProps = Readonly<{
  candidates: readonly PackCandidate[] | null;
  strings: AdminStrings;
  onCheck: (candidate: PackCandidate) => void;
}>;

/** Packs found on the sticks, each a 64 px+ row that opens its pre-flight report. */
export const CandidateList = ({ candidates, strings, onCheck }: CandidateListProps) => (
  <section className="admin-section" aria-labelledby="admin-usb-title">
    <h2 id="admin-usb-title">{strings.content.usb}</h2>
    {candidates === null && <p className="admin-muted">{strings.content.scanning}</p>}
    {candidates?.length === 0 && (
      <p className="admin-muted" data-testid="candidates-empty">
        {strings.content.noCandidates}
      </p>
    )}
    <ul className="admin-list" data-testid="candidates">
      {candidates?.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className="admin-row"
            data-testid="candidate"
            data-name={c.name}
            onClick={() => onCheck(c)}
          >
            <span className="admin-row__main">{c.name}</span>
            <span className="admin-row__meta">
              {c.volumeLabel} · {c.kind === 'zip' ? strings.content.kindZip : strings.content.kindFolder} ·{' '}
              {formatBytes(c.bytes)}
            </span>
            <span className="admin-row__action">{strings.content.check} ›</span>
          </button>
        </li>
      ))}
    </ul>
  </section>
);
