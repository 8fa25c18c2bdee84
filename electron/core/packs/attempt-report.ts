import type { AppLog } from '../app-log';
import { appendReport } from '../removable/report-file';
import { PackRefusal, describeProblem } from './pack-problems';

export type AttemptReporterOptions = Readonly<{ kioskId: string; clock: () => Date; log: AppLog }>;

/** Writes one block per pack attempt to the stick it came from (report-file.ts); failures only logged. */
export const createAttemptReporter = (o: AttemptReporterOptions) => {
  const write = (volume: string, pack: string, outcome: 'installed' | 'refused' | 'failed', lines: readonly string[]) => {
    const problem = appendReport(volume, { at: o.clock(), kioskId: o.kioskId, pack, outcome, lines });
    if (problem) o.log.warn('packs: report file not written', { problem });
  };
  return {
    write,
    /** A refusal lists every problem (file and what is wrong); anything else is a failure with its message. */
    failure(volume: string, pack: string, error: unknown) {
      if (error instanceof PackRefusal) write(volume, pack, 'refused', error.problems.slice(0, 20).map(describeProblem));
      else write(volume, pack, 'failed', [error instanceof Error ? error.message : String(error)]);
    },
  };
};
