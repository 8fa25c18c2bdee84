import type { KioskApi } from '../../electron/shared/api';
import { createHttpApi } from './http-api';
import { afterNextPaint } from './after-paint';
import { createSendQueue } from './send-queue';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a global needs interface merging
  interface Window {
    /** Set by the Electron preload; absent in the browser kiosk. */
    readonly kiosk?: KioskApi;
  }
}

/** Electron's bridge with its sends held until after the next paint, like the web client's. */
const deferSends = (bridge: KioskApi): KioskApi => {
  const queue = createSendQueue((batch) => {
    for (const { name, input } of batch) bridge.send(name, input as never);
  }, afterNextPaint);
  window.addEventListener('pagehide', () => queue.flush(true));
  return { call: bridge.call, on: bridge.on, send: queue.send };
};

/** The API of whichever shell hosts the renderer: Electron's preload bridge, else HTTP. */
export const kioskApi: KioskApi = window.kiosk ? deferSends(window.kiosk) : createHttpApi();
