import { describe, expect, it } from 'vitest';
import { createElectronPdfPrinter, printWindowOptions, type PrintWindowConstructor } from '../../electron/main/electron-pdf-printer';
import { asElectron, createFakeElectron, FakeBrowserWindow } from '../fixtures/fake-electron';

const printer = () => {
  const electron = createFakeElectron();
  const before = FakeBrowserWindow.instances.length;
  return { print: createElectronPdfPrinter(asElectron<PrintWindowConstructor>(electron.BrowserWindow)), window: () => FakeBrowserWindow.instances[before]! };
};

describe('Electron report printer (fake-electron at the boundary)', () => {
  it('prints the file in a hidden, sandboxed window without JavaScript or Node, in its own session', () => {
    expect(printWindowOptions()).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, devTools: false, partition: 'report-print' },
    });
    expect(printWindowOptions().webPreferences?.preload).toBeUndefined();
  });

  it('loads the report file, asks for an A4 PDF by the page CSS without header or footer, returns its bytes and destroys the window', async () => {
    const p = printer();
    const bytes = await p.print.print('/data/tmp/report-x/report.html');
    const w = p.window();
    expect(w.visible).toBe(false);
    expect(w.webContents.loaded).toEqual(['file:///data/tmp/report-x/report.html']);
    expect(w.webContents.printed).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false }]);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(w.destroyed).toBe(true);
  });

  it('destroys the window when printing fails, and passes the failure on', async () => {
    const electron = createFakeElectron();
    class Failing extends electron.BrowserWindow {
      constructor(options: ConstructorParameters<typeof electron.BrowserWindow>[0]) {
        super(options);
        this.webContents.pdfResult = new Error('printing failed');
      }
    }
    const before = FakeBrowserWindow.instances.length;
    const print = createElectronPdfPrinter(asElectron<PrintWindowConstructor>(Failing));
    await expect(print.print('/data/tmp/r/report.html')).rejects.toThrow('printing failed');
    expect(FakeBrowserWindow.instances[before]!.destroyed).toBe(true);
  });
});
