import type { KioskApi } from '../../electron/shared/api';
import type { EventName, EventPayload } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';

const post = (name: string, input: unknown, keepalive: boolean): Promise<Response> =>
  fetch(`/api/call/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
    keepalive,
  });

/** The kiosk API over the web host's HTTP binding (browser kiosk mode and e2e tests). */
export const createHttpApi = (): KioskApi => {
  let source: EventSource | null = null;
  const eventSource = () => (source ??= new EventSource('/api/events'));
  return {
    async call(name, input) {
      try {
        const response = await post(name, input, false);
        return (await response.json()) as Result<never>;
      } catch (error) {
        const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
        return { ok: false, error: { code: 'unavailable', message } };
      }
    },
    send(name, input) {
      // keepalive lets the last events of a visit leave even while the page unloads.
      post(name, input, true).catch(() => undefined);
    },
    on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void) {
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as EventPayload<K>);
      const es = eventSource();
      es.addEventListener(event, handler);
      return () => es.removeEventListener(event, handler);
    },
  };
};
