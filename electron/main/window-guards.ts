import type { App, BrowserWindow, WebContents } from 'electron';
import type { AppLog } from '../core/app-log';
import { APP_ORIGIN } from './app-protocol';
import { blockedShortcut } from './shortcuts';

/** devMode lets reload and devtools shortcuts through. */
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
 * Keeps one web contents on our origin: no navigation or redirect away from app://
 * (main frame or subframes), no new windows, no <webview>.
 */
export const registerNavigationGuards = (contents: WebContents, log: AppLog): void => {
  const denyForeign = (kind: string) => (event: Readonly<{ preventDefault(): void }>, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    log.warn(`${kind} blocked`, { url });
  };
  contents.on('will-navigate', (event) => denyForeign('navigation')(event, event.url));
  // will-navigate already covers the main frame; this one adds iframes.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) denyForeign('frame navigation')(event, event.url);
  });
  contents.on('will-redirect', (event) => denyForeign('redirect')(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('new window blocked', { url });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview blocked');
  });
};

/**
 * Applies the navigation guards to every web contents the app ever creates, ours
 * included (Electron security checklist: a guard on one window misses the next one).
 * Must be registered before the window is created.
 */
export const guardEveryWebContents = (app: Pick<App, 'on'>, log: AppLog): void => {
  app.on('web-contents-created', (_event, contents) => registerNavigationGuards(contents, log));
};

/**
 * Kiosk rules for the window itself: no context menu, no zoom, and no reload /
 * devtools / close shortcuts outside devMode.
 */
export const registerWindowGuards = (window: BrowserWindow, deps: WindowGuardDeps): void => {
  const contents = window.webContents;
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (blockedShortcut(input, deps.devMode)) event.preventDefault();
  });
  // Pinch zoom: limits reset with each renderer process, so they are set after every load.
  contents.on('did-finish-load', () => {
    contents.setVisualZoomLevelLimits(1, 1).catch((error: unknown) => deps.log.warn('zoom limits failed', { error: String(error) }));
  });
  // Ctrl + mouse wheel: undo whatever zoom Chromium applied.
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
};
