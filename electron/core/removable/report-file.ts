import fs from 'node:fs';
import path from 'node:path';

/** Name of the report file at the top level of a stick: staff read it on a laptop after walking away. */
export const REPORT_FILE = 'changjiahui-kiosk-report.txt';
/** Past this size nothing more is appended: a looping failure must not fill the stick. */
const MAX_REPORT_BYTES = 1024 * 1024;

/** What one pack attempt did, for the report file. */
export type ReportBlock = Readonly<{
  at: Date;
  kioskId: string;
  /** The pack's name on the stick (`kiosk-packs/pack.zip`). */
  pack: string;
  outcome: 'installed' | 'refused' | 'failed';
  /** What was installed (`id 1.2.0`) or why not (the file and the problem). */
  lines: readonly string[];
}>;

/** Renders a block as plain text with CRLF endings: Windows Notepad shows LF-only files as one line. */
export const renderBlock = (b: ReportBlock): string =>
  [
    `=== ${b.at.toISOString().replace('T', ' ').slice(0, 19)} UTC, kiosk ${b.kioskId} ===`,
    `pack: ${b.pack}`,
    `result: ${b.outcome}`,
    ...b.lines.map((l) => `  ${l.replace(/[\r\n]+/g, ' ')}`),
    '',
    '',
  ].join('\r\n');

/**
 * Appends a block to `<volumeRoot>/changjiahui-kiosk-report.txt`. Safe on a
 * stick anyone may have prepared: O_NOFOLLOW (a link planted at the name is
 * refused, never followed), O_NONBLOCK (a FIFO cannot hang the kiosk), only a
 * regular file is written to, and nothing past 1 MB. Returns an error message
 * instead of throwing: a read-only stick must not fail the install itself.
 */
export const appendReport = (volumeRoot: string, block: ReportBlock): string | null => {
  const file = path.join(volumeRoot, REPORT_FILE);
  const c = fs.constants;
  let fd: number;
  try {
    fd = fs.openSync(file, c.O_WRONLY | c.O_APPEND | c.O_CREAT | (c.O_NOFOLLOW ?? 0) | (c.O_NONBLOCK ?? 0), 0o644);
  } catch (error) {
    return `cannot write ${file}: ${(error as Error).message}`;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return `${file} is not a regular file; not written`;
    if (stat.size > MAX_REPORT_BYTES) return `${file} is over 1 MB; not appended`;
    fs.writeSync(fd, renderBlock(block));
    fs.fsyncSync(fd);
    return null;
  } catch (error) {
    return `cannot write ${file}: ${(error as Error).message}`;
  } finally {
    fs.closeSync(fd);
  }
};
