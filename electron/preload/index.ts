import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { KioskApi } from '../shared/api';
import { callChannel, EVENT_CHANNEL, looksLikeCallName } from '../shared/channels';
import type { EventName } from '../shared/contract';
import type { Result } from '../shared/result';

/**
 * The preload bridge: the only code that touches contextBridge and ipcRenderer.
 * It exposes exactly `KioskApi` as `window.kiosk` (checked by `satisfies`), over
 * namespaced channels only; raw ipcRenderer and IPC event objects never reach the page.
 */

type EventMessage = Readonly<{ name: EventName; payload: unknown }>;

const invoke = async (name: string, input: unknown): Promise<Result<never>> => {
  if (!looksLikeCallName(name)) return { ok: false, error: { code: 'unknown-call', message: `unknown call "${name}"` } };
  try {
    return (await ipcRenderer.invoke(callChannel(name), input)) as Result<never>;
  } catch (error) {
    // Only a broken channel rejects (the main side answers envelopes); keep the never-rejects promise.
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: { code: 'unavailable', message } };
  }
};

const kiosk = {
  call: (name, input) => invoke(name, input),
  send: (name, input) => void invoke(name, input),
  on: (event, listener) => {
    const handler = (_event: IpcRendererEvent, message: EventMessage) => {
      if (message?.name === event) listener(message.payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);
