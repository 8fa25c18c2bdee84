import type { KioskApi } from '../../electron/shared/api';
import type { EventName, EventPayload } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { afterNextPaint } from './after-paint';
import { createSendQueue, type QueuedSend } from './send-queue';

/** SESSION_HEADER of electron/shared/channels.ts (the renderer imports only types from electron/shared). */
const SESSION_HEADER = 'X-Kiosk-Session';

const postJson = (url: string, body: unknown, keepalive: boolean, session?: string): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(session ? { [SESSION_HEADER]: session } : {}) },
    body: JSON.stringify(body),
    keepalive,
  });

/** Browsers refuse keepalive bodies over 64 KiB: a bigger batch (never for a visit's few events) goes without. */
const KEEPALIVE_MAX_CHARS = 60_000;

/** One request per batch: the web host dispatches its calls in order, so a visit's start precedes its events. */
const postBatch = (batch: readonly QueuedSend[], leaving: boolean): void => {
  const body = JSON.stringify(batch);
  fetch('/api/send', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    // keepalive lets the last events of a visit leave even while the page unloads.
    keepalive: leaving && body.length <= KEEPALIVE_MAX_CHARS,
  }).catch(() => undefined);
};

/** The kiosk API over the web host's HTTP binding (browser kiosk mode and e2e tests). */
export const createHttpApi = (): KioskApi => {
  let source: EventSource | null = null;
  const eventSource = () => (source ??= new EventSource('/api/events'));
  const queue = createSendQueue(postBatch, afterNextPaint);
  window.addEventListener('pagehide', () => queue.flush(true));
  return {
    async call(name, input, options) {
      try {
        const response = await postJson(`/api/call/${encodeURIComponent(name)}`, input, false, options?.session);
        return (await response.json()) as Result<never>;
      } catch (error) {
        const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
        return { ok: false, error: { code: 'unavailable', message } };
      }
    },
    send: queue.send,
    on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void) {
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as EventPayload<K>);
      const es = eventSource();
      es.addEventListener(event, handler);
      return () => es.removeEventListener(event, handler);
    },
  };
};
