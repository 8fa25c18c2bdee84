/**
 * Turns a self-contained HTML file into PDF bytes. Each shell supplies its own:
 * Electron prints in a hidden sandboxed window (electron/main/electron-pdf-printer.ts),
 * the web host runs headless Chromium (electron/web/chromium-pdf-printer.ts).
 * The page is A4 by its own CSS (`@page`); the printer adds no header or footer.
 */
export type PdfPrinter = Readonly<{ print(htmlFile: string): Promise<Buffer> }>;

/** The bytes a printer returned are a PDF (a broken printer must not leave a file named .pdf). */
export const isPdf = (bytes: Buffer): boolean => bytes.subarray(0, 5).toString('latin1') === '%PDF-';
