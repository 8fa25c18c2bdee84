import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../core/report/pdf-printer';

/** The BrowserWindow constructor, passed in so tests hand the fake. */
export type PrintWindowConstructor = new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadFile' | 'destroy' | 'isDestroyed' | 'webContents'>;

/**
 * A window nobody sees, for one print: sandboxed, no Node, no JavaScript at
 * all (the report has none; its CSP forbids it too), its own in-memory
 * session so nothing of the kiosk's session (cookies, app:// handler) is reachable.
 */
export const printWindowOptions = (): BrowserWindowConstructorOptions => ({
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    javascript: false,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    devTools: false,
    spellcheck: false,
    partition: 'report-print',
  },
});

/**
 * Electron's printer: loads the report file in a hidden window and asks
 * Chromium's print pipeline for an A4 PDF (the page's @page rule decides the
 * size and margins; no header or footer). The window is destroyed whatever happens.
 */
export const createElectronPdfPrinter = (Window: PrintWindowConstructor): PdfPrinter => ({
  async print(htmlFile) {
    const window = new Window(printWindowOptions());
    try {
      await window.loadFile(htmlFile);
      return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  },
});
