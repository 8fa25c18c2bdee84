import type { PackSummary } from '../api/admin-calls';
import { formatLocalTime } from '../format/format';
import type { AdminLanguage, AdminStrings } from '../i18n';
import { packTitle } from '../content/pack-title';

type PackCardProps = Readonly<{
  heading: string;
  pack: PackSummary | null;
  strings: AdminStrings;
  offsetMinutes: number;
  testId: string;
  language: AdminLanguage;
}>;

/** One pack as staff identify it: title, id, version, signed or not, installed when. */
export const PackCard = ({ heading, pack, strings, offsetMinutes, testId, language }: PackCardProps) => (
  <div className="admin-card" data-testid={testId}>
    <h3 className="admin-card__heading">{heading}</h3>
    {pack ? (
      <>
        <p className="admin-card__title">{packTitle(pack, language)}</p>
        <p className="admin-card__meta">
          <span data-testid={`${testId}-key`}>{pack.key}</span>
          <span>{pack.signed ? strings.content.signed : strings.content.unsigned}</span>
          <span>
            {pack.installedAt
              ? strings.content.installedAt(formatLocalTime(pack.installedAt, offsetMinutes))
              : strings.content.bundled}
          </span>
        </p>
      </>
    ) : (
      <p className="admin-card__meta">{strings.content.none}</p>
    )}
  </div>
);
