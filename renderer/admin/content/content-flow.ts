/**
 * The content screen's steps as a pure reducer: pick a USB candidate → its
 * pre-flight report → staging with progress → staged (preview, activate or
 * discard) → back to the list with a notice. The hook makes the calls.
 */
import type { ActiveContent, PackCandidate, PackProgress, PackSummary, PreflightReport } from '../api/admin-calls';
import type { TitledPack } from './pack-title';

/** What the list shows after a step ended. */
export type Notice =
  | Readonly<{ kind: 'activated'; pack: TitledPack }>
  | Readonly<{ kind: 'discarded' }>
  | Readonly<{ kind: 'rolled-back' }>
  | Readonly<{ kind: 'failed'; message: string }>;

type Staged = Readonly<{ candidate: PackCandidate; report: PreflightReport; stagedKey: string; summary: PackSummary }>;

export type ContentFlow =
  | Readonly<{ step: 'browse'; notice: Notice | null }>
  | Readonly<{ step: 'checking'; candidate: PackCandidate }>
  | Readonly<{ step: 'report'; candidate: PackCandidate; report: PreflightReport }>
  | Readonly<{ step: 'staging'; candidate: PackCandidate; report: PreflightReport; progress: PackProgress | null }>
  | (Staged & Readonly<{ step: 'staged'; busy: boolean }>)
  | (Staged & Readonly<{ step: 'previewing'; content: ActiveContent }>);

export type FlowAction =
  | Readonly<{ type: 'check'; candidate: PackCandidate }>
  | Readonly<{ type: 'report'; report: PreflightReport }>
  | Readonly<{ type: 'stage' }>
  | Readonly<{ type: 'progress'; progress: PackProgress }>
  | Readonly<{ type: 'staged'; stagedKey: string; summary: PackSummary }>
  | Readonly<{ type: 'busy' }>
  | Readonly<{ type: 'preview'; content: ActiveContent }>
  | Readonly<{ type: 'end-preview' }>
  | Readonly<{ type: 'done'; notice: Notice }>
  | Readonly<{ type: 'back' }>;

export const START: ContentFlow = { step: 'browse', notice: null };

/** The next step; an action that does not fit the current step changes nothing. */
export const contentFlow = (flow: ContentFlow, action: FlowAction): ContentFlow => {
  switch (action.type) {
    case 'check':
      return flow.step === 'browse' ? { step: 'checking', candidate: action.candidate } : flow;
    case 'report':
      return flow.step === 'checking' && action.report.candidateId === flow.candidate.id
        ? { step: 'report', candidate: flow.candidate, report: action.report }
        : flow;
    case 'stage':
      return flow.step === 'report' && flow.report.ok
        ? { step: 'staging', candidate: flow.candidate, report: flow.report, progress: null }
        : flow;
    case 'progress':
      return flow.step === 'staging' ? { ...flow, progress: action.progress } : flow;
    case 'staged':
      return flow.step === 'staging'
        ? {
            step: 'staged',
            candidate: flow.candidate,
            report: flow.report,
            stagedKey: action.stagedKey,
            summary: action.summary,
            busy: false,
          }
        : flow;
    case 'busy':
      return flow.step === 'staged' ? { ...flow, busy: true } : flow;
    case 'preview':
      return flow.step === 'staged' ? { ...flow, step: 'previewing', content: action.content } : flow;
    case 'end-preview':
      if (flow.step !== 'previewing') return flow;
      return {
        step: 'staged',
        candidate: flow.candidate,
        report: flow.report,
        stagedKey: flow.stagedKey,
        summary: flow.summary,
        busy: false,
      };
    case 'done':
      return { step: 'browse', notice: action.notice };
    case 'back':
      return flow.step === 'checking' || flow.step === 'report' ? START : flow;
  }
};

/** Whether installing this report's pack needs an admin's explicit downgrade confirmation. */
export const isDowngrade = (report: PreflightReport): boolean => report.changes?.downgrade === true;
