import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventBus } from '../core/event-bus';
import type { KioskCore } from '../core/kiosk-core';
import { dispatchSendBatch, isBatchRefusal } from '../core/send-batch';
import { SEND_CHANNEL } from '../shared/channels';
import { callChannel, calls, EVENT_CHANNEL, type CallName } from '../shared/contract';
import { err } from '../shared/result';
import { isAppUrl } from './window-guards';

/** What the IPC binding connects. */
export type IpcBindingDeps = Readonly<{
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  core: Pick<KioskCore, 'dispatch' | 'log'> & Partial<Pick<KioskCore, 'pageGone'>>;
  /** The kiosk window's contents: the only sender the core answers. */
  contents: WebContents;
}>;

/**
 * A call is answered only when it comes from our window's own top frame showing an
 * app:// page: not from another window, not from an iframe, not from a page that
 * somehow navigated elsewhere.
 */
export const isTrustedSender = (event: IpcMainInvokeEvent, contents: WebContents): boolean => {
  const frame = event.senderFrame;
  // Compared by id and tree position, not object identity: Electron may hand out fresh wrappers.
  if (event.sender.id !== contents.id || !frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
};

/** The session token a privileged call carries as the third invoke argument; anything but a string is none. */
const tokenOf = (session: unknown): string | undefined => (typeof session === 'string' && session.length > 0 ? session : undefined);

/**
 * Binds one `ipcMain.handle` per contract call to the core's dispatcher, which
 * checks access, validates the input and answers with a result envelope; plus
 * `kiosk:send` for batched visitor calls (the core's batch rule). Returns the unbinding.
 */
export const registerIpcHandlers = (deps: IpcBindingDeps): (() => void) => {
  const names = Object.keys(calls) as CallName[];
  const page = trackPageLoads(deps);
  const refuse = (event: IpcMainInvokeEvent, name: string) => {
    deps.core.log.warn('ipc call from a foreign sender refused', { name, url: event.senderFrame?.url ?? null });
    return err('forbidden', `${name}: caller is not the kiosk window`);
  };
  for (const name of names) {
    deps.ipcMain.handle(callChannel(name), (event, input: unknown, session: unknown) => {
      if (!isTrustedSender(event, deps.contents)) return refuse(event, name);
      return deps.core.dispatch(name, input, { transport: 'ipc', sessionToken: tokenOf(session), pageId: page() });
    });
  }
  deps.ipcMain.handle(SEND_CHANNEL, async (event, batch: unknown) => {
    if (!isTrustedSender(event, deps.contents)) return refuse(event, 'send');
    const outcome = await dispatchSendBatch(deps.core.dispatch, batch, { transport: 'ipc', pageId: page() });
    return isBatchRefusal(outcome) ? outcome.error : outcome;
  });
  return () => [...names.map((name) => callChannel(name)), SEND_CHANNEL].forEach((channel) => deps.ipcMain.removeHandler(channel));
};

/**
 * The page id of the window's current page load: its webContents id and a load
 * counter bumped on every main-frame navigation (first load, reload after a
 * crash or hang). The page being left is reported gone, so its open visits end
 * as interrupted; a late call from it can no longer touch the new page's visits.
 */
const trackPageLoads = (deps: IpcBindingDeps): (() => string) => {
  let loads = 0;
  const current = () => `ipc-${deps.contents.id}-${loads}`;
  deps.contents.on('did-navigate', () => {
    deps.core.pageGone?.(current());
    loads++;
  });
  return current;
};

/** Forwards core events to the window as `{ name, payload }` on the one event channel; returns the unsubscribe. */
export const forwardEvents = (bus: EventBus, contents: Pick<WebContents, 'send' | 'isDestroyed'>): (() => void) =>
  bus.subscribe((event) => {
    // A crashed or closing renderer cannot receive; the next page load asks for fresh state anyway.
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { name: event.name, payload: event.payload });
  });
