import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventBus } from '../core/event-bus';
import type { KioskCore } from '../core/kiosk-core';
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

/**
 * Binds one `ipcMain.handle` per contract call to the core's dispatcher, which
 * validates the input and answers with a result envelope. Returns the unbinding.
 */
export const registerIpcHandlers = (deps: IpcBindingDeps): (() => void) => {
  const names = Object.keys(calls) as CallName[];
  const page = trackPageLoads(deps);
  for (const name of names) {
    deps.ipcMain.handle(callChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event, deps.contents)) {
        deps.core.log.warn('ipc call from a foreign sender refused', { name, url: event.senderFrame?.url ?? null });
        return err('forbidden', `${name}: caller is not the kiosk window`);
      }
      return deps.core.dispatch(name, input, { transport: 'ipc', pageId: page() });
    });
  }
  return () => names.forEach((name) => deps.ipcMain.removeHandler(callChannel(name)));
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
