import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { kioskApi } from '../../api/kiosk-api';
import { adminOn, type AdminCaller, type PackCandidate, type PacksStatus } from '../api/admin-calls';
import { contentFlow, START, type ContentFlow } from './content-flow';

/** How often the USB sticks are looked at while the content screen is open. */
export const CANDIDATE_POLL_MS = 2_000;

export type ContentFlowApi = Readonly<{
  flow: ContentFlow;
  status: PacksStatus | null;
  /** Null until the first scan answered. */
  candidates: readonly PackCandidate[] | null;
  check(candidate: PackCandidate): void;
  back(): void;
  stage(): void;
  preview(): void;
  endPreview(): void;
  activate(confirmDowngrade: boolean): void;
  discard(): void;
  rollback(): void;
}>;

/** The content screen's calls around the pure flow: status, candidate polling, stage progress. */
export const useContentFlow = (call: AdminCaller): ContentFlowApi => {
  const [flow, dispatch] = useReducer(contentFlow, START);
  const current = useRef(flow);
  useEffect(() => {
    current.current = flow;
  }, [flow]);
  const [status, setStatus] = useState<PacksStatus | null>(null);
  const [candidates, setCandidates] = useState<readonly PackCandidate[] | null>(null);

  useEffect(() => {
    void call('packs:status', {}).then((answer) => answer.ok && setStatus(answer.value));
  }, [call]);

  // Sticks come and go: scan every 2 s while the screen is open, one scan at a time.
  useEffect(() => {
    let live = true;
    let timer = 0;
    const scan = async () => {
      const answer = await call('packs:candidates', {});
      if (!live) return;
      if (answer.ok) setCandidates(answer.value.candidates);
      timer = window.setTimeout(() => void scan(), CANDIDATE_POLL_MS);
    };
    void scan();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [call]);

  useEffect(() => adminOn(kioskApi, 'packs:progress', (progress) => dispatch({ type: 'progress', progress })), []);

  const failed = useCallback((message: string) => dispatch({ type: 'done', notice: { kind: 'failed', message } }), []);

  const actions = useMemo(() => {
    const staged = () => {
      const f = current.current;
      return f.step === 'staged' && !f.busy ? f : null;
    };
    return {
      check(candidate: PackCandidate) {
        dispatch({ type: 'check', candidate });
        void call('packs:preflight', { candidateId: candidate.id }).then((answer) =>
          answer.ok ? dispatch({ type: 'report', report: answer.value }) : failed(answer.error.message),
        );
      },
      back: () => dispatch({ type: 'back' }),
      stage() {
        const f = current.current;
        if (f.step !== 'report' || !f.report.ok) return;
        dispatch({ type: 'stage' });
        void call('packs:stage', { candidateId: f.candidate.id }).then((answer) =>
          answer.ok ? dispatch({ type: 'staged', ...answer.value }) : failed(answer.error.message),
        );
      },
      preview() {
        if (!staged()) return;
        dispatch({ type: 'busy' });
        void call('content:preview', {}).then((answer) =>
          answer.ok ? dispatch({ type: 'preview', content: answer.value }) : failed(answer.error.message),
        );
      },
      endPreview: () => dispatch({ type: 'end-preview' }),
      activate(confirmDowngrade: boolean) {
        const f = staged();
        if (!f) return;
        dispatch({ type: 'busy' });
        const input = confirmDowngrade
          ? { stagedKey: f.stagedKey, confirmDowngrade: true }
          : { stagedKey: f.stagedKey };
        void call('packs:activate', input).then((answer) => {
          if (!answer.ok) return failed(answer.error.message);
          setStatus(answer.value);
          return dispatch({ type: 'done', notice: { kind: 'activated', pack: f.summary } });
        });
      },
      discard() {
        if (!staged()) return;
        dispatch({ type: 'busy' });
        void call('packs:discard', {}).then((answer) => {
          if (!answer.ok) return failed(answer.error.message);
          setStatus(answer.value);
          return dispatch({ type: 'done', notice: { kind: 'discarded' } });
        });
      },
      rollback() {
        void call('packs:rollback', {}).then((answer) => {
          if (!answer.ok) return failed(answer.error.message);
          setStatus(answer.value);
          return dispatch({ type: 'done', notice: { kind: 'rolled-back' } });
        });
      },
    };
  }, [call, failed]);

  return { flow, status, candidates, ...actions };
};
