import type { KioskApi } from '../../electron/shared/api';
import type { CallName } from '../../electron/shared/contract';

/** One fire-and-forget call waiting to leave. */
export type QueuedSend = Readonly<{ name: CallName; input: unknown }>;

/** Hands a batch over; `leaving` when the page is going away (the transport must not wait for it). */
export type Deliver = (batch: readonly QueuedSend[], leaving: boolean) => void;

/**
 * Wraps `deliver` so `send` only queues: the calls leave together, in order,
 * after the next paint — so logging a tap never delays the frame that answers
 * it — and at once when the page hides (closing, reloading).
 */
export const createSendQueue = (
  deliver: Deliver,
  /** When to deliver what was queued: afterNextPaint in the renderer. */
  schedule: (run: () => void) => void,
): Readonly<{ send: KioskApi['send']; flush(leaving: boolean): void }> => {
  let queue: QueuedSend[] = [];
  let scheduled = false;
  const flush = (leaving: boolean) => {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    deliver(batch, leaving);
  };
  return {
    send(name, input) {
      queue.push({ name, input });
      if (scheduled) return;
      scheduled = true;
      schedule(() => flush(false));
    },
    flush,
  };
};
