import type { BrowserWindow } from 'electron';
import type { AppLog } from '../core/app-log';
import { APP_ORIGIN } from './app-protocol';
import { blockedShortcut } from './shortcuts';

export type WindowGuardDeps = Readonly<{ devMode: boolean; log: AppLog }>;

/**
 * True for URLs of our own app:// origin. Compared by hand: WHATWG `URL.origin`
 * is "null" for custom schemes, which would match every other custom scheme too.
 */
export const isAppUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
};

/**
 * Locks the window's web contents down: no navigation away from app://, no new
 * windows, no <webview>, no context menu, no zoom, and no reload / devtools / close
 * shortcuts outside devMode.
 */
export const registerWindowGuards = (window: BrowserWindow, deps: WindowGuardDeps): void => {
  const contents = window.webContents;
  const denyForeign = (kind: string) => (event: Readonly<{ preventDefault(): void }>, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    deps.log.warn(`${kind} blocked`, { url });
  };
  contents.on('will-navigate', (event) => denyForeign('navigation')(event, event.url));
  contents.on('will-frame-navigate', (event) => denyForeign('frame navigation')(event, event.url));
  contents.on('will-redirect', (event) => denyForeign('redirect')(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    deps.log.warn('new window blocked', { url });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log.warn('webview blocked');
  });
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    const reason = blockedShortcut(input, deps.devMode);
    if (reason) event.preventDefault();
  });
  // Pinch zoom: limits reset with each renderer process, so they are set after every load.
  contents.on('did-finish-load', () => {
    contents.setVisualZoomLevelLimits(1, 1).catch((error: unknown) => deps.log.warn('zoom limits failed', { error: String(error) }));
  });
  // Ctrl + mouse wheel: undo whatever zoom Chromium applied.
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
};
