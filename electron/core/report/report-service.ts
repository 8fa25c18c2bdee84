import fs from 'node:fs';
import path from 'node:path';
import type { KioskLanguage } from '../../shared/content-pack';
import type { ReportResult } from '../../shared/contract/report';
import { KioskFailure } from '../../shared/result';
import type { AppLog } from '../app-log';
import type { HandlerMap } from '../handlers';
import { safeAudit, type AuditFn } from '../removable/audit';
import type { MediaService } from '../removable/media-service';
import { confineDestination, describeWriteError } from '../visit-log/export-destination';
import type { VisitLog } from '../visit-log/visit-log';
import { isPdf, type PdfPrinter } from './pdf-printer';
import { readFontSubsets, type FontSource, type FontSubset } from './report-fonts';
import { reportFileName, writeReportFile } from './report-file';
import { buildReportHtml } from './report-html';

/** What the active pack says in one language: the showroom's name and each chapter's keyword and title. */
export type PackWords = Readonly<{ showroom: string; chapters: Readonly<Record<string, Readonly<{ keyword: string; title: string }>>> }>;

export type ReportServiceOptions = Readonly<{
  visitLog: Pick<VisitLog, 'dashboard'>;
  media: Pick<MediaService, 'volume' | 'exportRoots'>;
  dataDir: string;
  kioskId: string;
  clock: () => Date;
  log: AppLog;
  packWords(language: KioskLanguage): PackWords;
  /** Null in a shell that cannot print (the CLI): the call says so. */
  printer: PdfPrinter | null;
  fonts: FontSource | null;
  audit?: AuditFn;
}>;

/**
 * `report:pdf`: the dashboard's figures for a range as one printed A4 page,
 * written beside the exports on a detected volume with the exports' own
 * confinement and exclusive writer. The HTML lives only in a private temp
 * folder of the data dir (0700) while it prints.
 */
export const createReportService = (o: ReportServiceOptions) => {
  const audit = safeAudit(o.audit, (error) => o.log.error('report: audit failed', error));
  let fonts: FontSubset[] | null = null;
  let printing = false;
  removeLeftoverTemp(path.join(o.dataDir, 'tmp'));

  const print = async (html: string): Promise<Buffer> => {
    if (!o.printer) throw new KioskFailure('unavailable', 'this shell cannot print reports');
    const tmpRoot = path.join(o.dataDir, 'tmp');
    fs.mkdirSync(tmpRoot, { recursive: true, mode: 0o700 });
    const dir = fs.mkdtempSync(path.join(tmpRoot, 'report-'));
    try {
      const file = path.join(dir, 'report.html');
      fs.writeFileSync(file, html, { flag: 'wx', mode: 0o600 });
      const pdf = await o.printer.print(file);
      if (!isPdf(pdf)) throw new KioskFailure('unavailable', 'the printer returned something that is not a PDF');
      return pdf;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  const run = async (input: { from: string; to: string; language: KioskLanguage; volumeId: string }, role: 'staff' | 'admin' | null): Promise<ReportResult> => {
    const range = `${input.from}..${input.to} ${input.language}`;
    const volume = o.media.volume(input.volumeId);
    if (!volume || volume.kind === 'import-root') throw new KioskFailure('not-found', 'that destination is no longer available: pick one from the list again', 'volumeId');
    try {
      const parent = await confineDestination(volume.path, o.media.exportRoots(), o.dataDir);
      const dashboard = o.visitLog.dashboard(input.from, input.to);
      fonts ??= o.fonts ? readFontSubsets(o.fonts) : [];
      if (fonts.length === 0) o.log.warn('report: the Noto Sans SC font was not found; the page falls back to system fonts');
      const context = { language: input.language, kioskId: o.kioskId, generatedAtMs: o.clock().getTime(), ...o.packWords(input.language) };
      const pdf = await print(buildReportHtml(dashboard, context, fonts));
      const file = await writeReportFile(parent, reportFileName(parent, `${o.kioskId}_${input.from}_${input.to}`, input.language), pdf);
      audit({ role, action: 'report:pdf', detail: `${range} to ${path.join(parent, file.name)}`, outcome: 'ok' });
      return { folder: parent, name: file.name, bytes: file.bytes, sha256: file.sha256 };
    } catch (error) {
      const failure = error instanceof KioskFailure ? error : new KioskFailure('unavailable', describeWriteError(error, volume.path));
      audit({ role, action: 'report:pdf', detail: `${range}: ${failure.message}`, outcome: failure.code === 'forbidden' ? 'refused' : 'failed' });
      throw failure;
    }
  };

  return {
    handlers: {
      'report:pdf': async (input, ctx) => {
        // One at a time: each print starts a browser, and the 2-core kiosk also runs the tour.
        if (printing) throw new KioskFailure('conflict', 'a report is being printed; wait for it');
        printing = true;
        try {
          return await run(input, ctx.session?.role ?? null);
        } finally {
          printing = false;
        }
      },
    } as HandlerMap<'report:pdf'>,
  };
};

/** A print killed midway (power cut, SIGKILL) leaves its temp folder: removed at start. */
const removeLeftoverTemp = (tmpRoot: string) => {
  let names: string[] = [];
  try {
    names = fs.readdirSync(tmpRoot).filter((n) => n.startsWith('report-'));
  } catch {
    return;
  }
  for (const name of names) fs.rmSync(path.join(tmpRoot, name), { recursive: true, force: true });
};
