import { useState } from 'react';
import { CandidateList } from '../components/CandidateList';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PackCard } from '../components/PackCard';
import { PreflightView } from '../components/PreflightView';
import { StagedPanel, StagingProgress } from '../components/StagedPanel';
import { isDowngrade, type Notice } from '../content/content-flow';
import { useContentFlow } from '../content/useContentFlow';
import { localOffsetMinutes } from '../export/date-presets';
import type { AdminLanguage, AdminStrings } from '../i18n';
import { packTitle } from '../content/pack-title';
import { PreviewTour } from '../preview/PreviewTour';
import type { AdminScreenProps } from './admin-screen-props';

const noticeText = (notice: Notice, strings: AdminStrings, language: AdminLanguage): string => {
  switch (notice.kind) {
    case 'activated':
      return strings.content.activated(packTitle(notice.pack, language));
    case 'discarded':
      return strings.content.discarded;
    case 'rolled-back':
      return strings.content.rolledBack;
    case 'failed':
      return strings.content.failed(notice.message);
  }
};

/** Content: the active and previous packs, rollback, and a USB pack's way through pre-flight, stage, preview, activate. */
export const ContentScreen = ({ strings, role, call, language, languages }: AdminScreenProps) => {
  const content = useContentFlow(call);
  const { flow, status } = content;
  const [confirm, setConfirm] = useState<'rollback' | 'downgrade' | null>(null);
  const [offset] = useState(() => localOffsetMinutes(Date.now()));
  const s = strings.content;
  if (flow.step === 'previewing')
    return (
      <PreviewTour
        content={flow.content}
        language={language}
        languages={languages}
        strings={strings}
        onEnd={content.endPreview}
      />
    );
  const downgrade = (flow.step === 'report' || flow.step === 'staged') && isDowngrade(flow.report);
  return (
    <div className="admin-content" data-testid="admin-content">
      <section className="admin-section admin-columns" aria-label={s.title}>
        <PackCard
          heading={s.active}
          pack={status?.active ?? null}
          strings={strings}
          offsetMinutes={offset}
          testId="pack-active"
          language={language}
        />
        <PackCard
          heading={s.previous}
          pack={status?.previous ?? null}
          strings={strings}
          offsetMinutes={offset}
          testId="pack-previous"
          language={language}
        />
        {status?.previous && flow.step === 'browse' && (
          <button type="button" className="admin-button" data-testid="rollback" onClick={() => setConfirm('rollback')}>
            {s.rollback}
          </button>
        )}
      </section>
      {flow.step === 'browse' && flow.notice && (
        <p
          className={flow.notice.kind === 'failed' ? 'admin-alert' : 'admin-note'}
          role="status"
          data-testid="content-notice"
        >
          {noticeText(flow.notice, strings, language)}
        </p>
      )}
      {flow.step === 'browse' && (
        <CandidateList candidates={content.candidates} strings={strings} onCheck={content.check} />
      )}
      {flow.step === 'checking' && <p className="admin-muted">{strings.pin.checking}</p>}
      {flow.step === 'report' && (
        <>
          <PreflightView report={flow.report} strings={strings} language={language} />
          {downgrade && role !== 'admin' && <p className="admin-alert">{s.downgradeNeedsAdmin}</p>}
          <div className="admin-actions">
            <button
              type="button"
              className="admin-button admin-button--ghost"
              data-testid="preflight-back"
              onClick={content.back}
            >
              {strings.back}
            </button>
            <button
              type="button"
              className="admin-button admin-button--primary"
              data-testid="preflight-install"
              disabled={!flow.report.ok || (downgrade && role !== 'admin')}
              onClick={content.stage}
            >
              {s.install}
            </button>
          </div>
        </>
      )}
      {flow.step === 'staging' && <StagingProgress progress={flow.progress} strings={strings} />}
      {flow.step === 'staged' && (
        <StagedPanel
          title={packTitle(flow.summary, language)}
          downgrade={downgrade}
          role={role}
          busy={flow.busy}
          strings={strings}
          onPreview={content.preview}
          onActivate={() => (downgrade ? setConfirm('downgrade') : content.activate(false))}
          onDiscard={content.discard}
        />
      )}
      {confirm === 'rollback' && (
        <ConfirmDialog
          testId="rollback-confirm"
          message={s.rollbackConfirm(status?.previous ? packTitle(status.previous, language) : '')}
          confirmLabel={s.rollback}
          cancelLabel={strings.cancel}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            content.rollback();
          }}
        />
      )}
      {confirm === 'downgrade' && (
        <ConfirmDialog
          testId="downgrade-confirm"
          message={s.downgrade}
          confirmLabel={s.downgradeConfirm}
          cancelLabel={strings.cancel}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            content.activate(true);
          }}
        />
      )}
    </div>
  );
};
