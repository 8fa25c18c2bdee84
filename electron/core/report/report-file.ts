import fs from 'node:fs';
import path from 'node:path';
import type { KioskLanguage } from '../../shared/content-pack';
import { KioskFailure } from '../../shared/result';
import { openFileWriter, syncDir } from '../visit-log/export-writer';
import type { ExportFile } from '../../shared/contract/visits';

/** Numbered names tried before giving up, as for export folders. */
const MAX_NUMBER = 99;

const exists = (file: string): boolean => {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

/** `changjiahui-report_<kiosk>_<from>_<to>_<lang>.pdf`, or `…_2.pdf`, `…_3.pdf` when taken (by a file, folder or link). */
export const reportFileName = (parent: string, base: string, language: KioskLanguage): string => {
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const name = `changjiahui-report_${base}_${language}${n === 1 ? '' : `_${n}`}.pdf`;
    if (!exists(path.join(parent, name))) return name;
  }
  throw new KioskFailure('conflict', `${MAX_NUMBER} reports of this range are already on the destination; remove some`);
};

/**
 * Writes the PDF into `parent` (already confined) with the exports' writer:
 * created exclusively under a temp name (O_CREAT|O_EXCL|O_NOFOLLOW, 0600),
 * fsynced, renamed into place without ever replacing a file that appeared
 * meanwhile. A link planted at either name fails the write; it is never followed.
 */
export const writeReportFile = async (parent: string, name: string, pdf: Buffer): Promise<ExportFile> => {
  const writer = openFileWriter(parent, name);
  try {
    await writer.rows(pdf, 0);
    const file = await writer.finish();
    syncDir(parent);
    return file;
  } catch (error) {
    writer.abort();
    throw error;
  }
};
