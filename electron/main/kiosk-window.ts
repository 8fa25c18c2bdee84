import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** The two things that vary between kiosk windows. */
export type KioskWindowOptions = Readonly<{
  /** dist/electron/preload.cjs */
  preload: string;
  devMode: boolean;
}>;

/**
 * The window of the Electron security checklist and of kiosk practice: fullscreen,
 * frameless, no menu bar, black until the first paint, and a renderer with context
 * isolation, the Chromium sandbox and no Node. Window geometry is the same in
 * devMode, so what a developer sees is what the venue runs.
 */
export const kioskWindowOptions = (options: KioskWindowOptions): BrowserWindowConstructorOptions => ({
  show: false,
  kiosk: true,
  fullscreen: true,
  frame: false,
  autoHideMenuBar: true,
  backgroundColor: '#000000',
  title: 'Changjiahui Kiosk',
  // The only way out is the shell's own quit path (before-quit flushes the core).
  minimizable: false,
  maximizable: false,
  resizable: false,
  movable: false,
  webPreferences: {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    devTools: options.devMode,
    spellcheck: false,
    // Narration and the attract loop start without a tap.
    autoplayPolicy: 'no-user-gesture-required',
    // Idle timers must keep exact time even if another window ever covers ours.
    backgroundThrottling: false,
    disableDialogs: true,
    zoomFactor: 1,
  },
});

/** The constructor, injected so tests pass a fake. */
export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * Creates the kiosk window, hidden; it is shown on `ready-to-show` so visitors never
 * see a white flash or a half-painted page.
 */
export const createKioskWindow = (Window: WindowConstructor, options: KioskWindowOptions): BrowserWindow => {
  const window = new Window(kioskWindowOptions(options));
  window.once('ready-to-show', () => {
    window.show();
    window.focus();
  });
  return window;
};
