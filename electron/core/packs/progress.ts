import type { EventPayload } from '../../shared/contract';
import type { InstallPhase } from '../../shared/contract/packs';

/** Receives `packs:progress` payloads (the event bus in the kiosk, a printer in the CLI). */
export type ProgressSink = (payload: EventPayload<'packs:progress'>) => void;

/** Byte updates closer together than this are dropped: the UI needs a few per second, not thousands. */
const MIN_INTERVAL_MS = 150;

/** Throttles byte progress; phase changes and failures always go through. */
export const createProgressReporter = (sink: ProgressSink, now: () => number = () => Date.now()) => {
  let last = 0;
  let total = 0;
  let done = 0;
  return {
    phase(phase: InstallPhase, bytesDone: number, bytesTotal: number) {
      done = bytesDone;
      total = bytesTotal;
      last = now();
      sink({ phase, bytesDone, bytesTotal });
    },
    bytes(bytesDone: number, bytesTotal: number, file: string) {
      done = bytesDone;
      total = bytesTotal;
      if (now() - last < MIN_INTERVAL_MS) return;
      last = now();
      sink({ phase: 'copying', bytesDone, bytesTotal, file });
    },
    failed(message: string) {
      sink({ phase: 'failed', bytesDone: done, bytesTotal: total, message });
    },
  };
};
