import type { AdminRole, PackProgress } from '../api/admin-calls';
import { percent } from '../format/format';
import type { AdminStrings } from '../i18n';
import { ProgressBar } from './ProgressBar';

type StagingProps = Readonly<{ progress: PackProgress | null; strings: AdminStrings }>;

/** The stage's progress bar, from `packs:progress`. */
export const StagingProgress = ({ progress, strings }: StagingProps) => (
  <section className="admin-section">
    <ProgressBar
      testId="stage-progress"
      value={progress ? percent(progress.bytesDone, progress.bytesTotal) : 0}
      label={strings.content.phase[progress?.phase ?? 'checking']}
      detail={progress?.file}
    />
  </section>
);

type StagedPanelProps = Readonly<{
  title: string;
  downgrade: boolean;
  role: AdminRole;
  busy: boolean;
  strings: AdminStrings;
  onPreview: () => void;
  onActivate: () => void;
  onDiscard: () => void;
}>;

/** A staged pack: preview it, then activate (an older one only by an admin, after a confirmation) or discard. */
export const StagedPanel = ({
  title,
  downgrade,
  role,
  busy,
  strings,
  onPreview,
  onActivate,
  onDiscard,
}: StagedPanelProps) => {
  const s = strings.content;
  const blocked = downgrade && role !== 'admin';
  return (
    <section className="admin-section" data-testid="staged">
      <p className="admin-lead">{s.staged(title)}</p>
      {downgrade && <p className="admin-alert">{blocked ? s.downgradeNeedsAdmin : s.downgrade}</p>}
      <div className="admin-actions">
        <button type="button" className="admin-button" data-testid="staged-preview" disabled={busy} onClick={onPreview}>
          {s.preview}
        </button>
        <button
          type="button"
          className="admin-button admin-button--ghost"
          data-testid="staged-discard"
          disabled={busy}
          onClick={onDiscard}
        >
          {s.discard}
        </button>
        <button
          type="button"
          className="admin-button admin-button--primary"
          data-testid="staged-activate"
          disabled={busy || blocked}
          onClick={onActivate}
        >
          {s.activate}
        </button>
      </div>
    </section>
  );
};
