import { describe, expect, it } from 'vitest';
import { createSendQueue, type QueuedSend } from '../../renderer/api/send-queue';

/** A queue whose "after the next paint" runs only when the test says so. */
const harness = () => {
  const pending: Array<() => void> = [];
  const delivered: Array<{ batch: readonly QueuedSend[]; leaving: boolean }> = [];
  const queue = createSendQueue(
    (batch, leaving) => delivered.push({ batch, leaving }),
    (run) => pending.push(run),
  );
  const paint = () => pending.splice(0).forEach((run) => run());
  return { queue, delivered, paint, pending };
};

describe('send queue (fire-and-forget calls held until after the next paint)', () => {
  it('delivers nothing during the tap, then everything in order as one batch after the paint', () => {
    const { queue, delivered, paint, pending } = harness();
    queue.send('visit:event', { seq: 1 } as never);
    queue.send('visit:event', { seq: 2 } as never);
    queue.send('visit:end', { reason: 'finished' } as never);
    expect(delivered).toEqual([]);
    expect(pending).toHaveLength(1);
    paint();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.leaving).toBe(false);
    expect(delivered[0]?.batch.map((item) => item.name)).toEqual(['visit:event', 'visit:event', 'visit:end']);
    expect(delivered[0]?.batch.map((item) => (item.input as { seq?: number }).seq)).toEqual([1, 2, undefined]);
  });

  it('schedules again after a delivery, and never delivers an empty batch', () => {
    const { queue, delivered, paint, pending } = harness();
    paint();
    queue.flush(false);
    expect(delivered).toEqual([]);
    queue.send('visit:start', { n: 1 } as never);
    paint();
    queue.send('visit:event', { n: 2 } as never);
    expect(pending).toHaveLength(1);
    paint();
    expect(delivered.map((d) => d.batch.length)).toEqual([1, 1]);
  });

  it('hands everything over at once, marked leaving, when the page hides', () => {
    const { queue, delivered, paint } = harness();
    queue.send('visit:event', { seq: 7 } as never);
    queue.flush(true);
    expect(delivered).toEqual([{ batch: [{ name: 'visit:event', input: { seq: 7 } }], leaving: true }]);
    paint();
    expect(delivered).toHaveLength(1);
  });
});
