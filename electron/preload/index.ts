import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { KioskApi } from '../shared/api';
import { callChannel, EVENT_CHANNEL, looksLikeCallName, MAX_SEND_BATCH, SEND_CHANNEL } from '../shared/channels';
import type { EventName } from '../shared/contract';
import type { Result } from '../shared/result';

/**
 * The preload bridge: the only code that touches contextBridge and ipcRenderer.
 * It exposes exactly `KioskApi` as `window.kiosk` (checked by `satisfies`), over
 * namespaced channels only; raw ipcRenderer and IPC event objects never reach the page.
 */

type EventMessage = Readonly<{ name: EventName; payload: unknown }>;

const invoke = async (name: string, input: unknown, session: string | undefined): Promise<Result<never>> => {
  if (!looksLikeCallName(name)) return { ok: false, error: { code: 'unknown-call', message: `unknown call "${name}"` } };
  try {
    // The session token travels as the third invoke argument; main puts it in the call's context.
    return (await ipcRenderer.invoke(callChannel(name), input, typeof session === 'string' ? session : undefined)) as Result<never>;
  } catch (error) {
    // Only a broken channel rejects (the main side answers envelopes); keep the never-rejects promise.
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: { code: 'unavailable', message } };
  }
};

/**
 * Sends made in one task leave as one `kiosk:send` batch (a visit's start and its
 * events, in order), in chunks the main side accepts. Main answers visitor calls only.
 */
let pending: Array<{ name: string; input: unknown }> = [];
const flushSends = () => {
  const batch = pending;
  pending = [];
  for (let i = 0; i < batch.length; i += MAX_SEND_BATCH) {
    ipcRenderer.invoke(SEND_CHANNEL, batch.slice(i, i + MAX_SEND_BATCH)).catch(() => undefined);
  }
};

const kiosk = {
  call: (name, input, options) => invoke(name, input, options?.session),
  send: (name, input) => {
    if (pending.length === 0) queueMicrotask(flushSends);
    pending.push({ name, input });
  },
  on: (event, listener) => {
    const handler = (_event: IpcRendererEvent, message: EventMessage) => {
      if (message?.name === event) listener(message.payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);
