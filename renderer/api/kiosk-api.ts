import type { KioskApi } from '../../electron/shared/api';
import { createHttpApi } from './http-api';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a global needs interface merging
  interface Window {
    /** Set by the Electron preload; absent in the browser kiosk. */
    readonly kiosk?: KioskApi;
  }
}

/** The API of whichever shell hosts the renderer: Electron's preload bridge, else HTTP. */
export const kioskApi: KioskApi = window.kiosk ?? createHttpApi();
