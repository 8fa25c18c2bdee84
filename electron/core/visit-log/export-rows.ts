import type { ExportFormat, ExportRepo } from '../../../db';
import type { ExportFile } from '../../shared/contract/visits';
import type { PageFormatter, PageTicket } from './export-pool';
import { openFileWriter, type FileWriter } from './export-writer';
import { csvLocal, preambles, type ChapterTitles } from './export-format';

/** What writeRowFiles needs besides the repository. */
export type RowFilesOptions = Readonly<{
  format: ExportFormat;
  outDir: string;
  /** File names without the `_visits.<ext>` / `_events.<ext>` ending. */
  base: string;
  window: Readonly<{ fromMs: number; toMs: number }>;
  /** Kiosk local time of the CSV's local columns. */
  utcOffsetMinutes: number;
  /** Chapter titles in the export's language (CSV headers and cells). */
  titles: ChapterTitles;
  /** Writers opened here are added to it, so the caller can abort them if anything fails. */
  open: FileWriter[];
  onProgress?(fraction: number, rows: number): void;
}>;

const PROGRESS_EVERY = 16_384;

type Queued = { events: PageTicket; visits: number; lastStartedAt: number };

/**
 * Writes the visits file and the events file in one pass over the visits, a
 * page at a time: the page's visit lines go straight to the visits file, its
 * events are formatted by `formatter` (worker threads, possibly) and written
 * strictly in page order, so the bytes do not depend on which thread was
 * faster. At most `formatter.capacity` pages wait at once. Returns the two
 * manifest entries, visits first. Runs inside the export's read transaction.
 */
export const writeRowFiles = async (
  repo: ExportRepo,
  formatter: PageFormatter,
  o: RowFilesOptions,
): Promise<ExportFile[]> => {
  const pre = preambles(o.format, o.titles);
  const visitsFile = openFileWriter(o.outDir, `${o.base}_visits.${o.format}`);
  o.open.push(visitsFile);
  const eventsFile = openFileWriter(o.outDir, `${o.base}_events.${o.format}`);
  o.open.push(eventsFile);
  await visitsFile.text(pre.visits);
  await eventsFile.text(pre.events);
  const progress = progressBy(o);

  const queue: Queued[] = [];
  const writeNext = async () => {
    const next = queue.shift();
    if (!next) return;
    const page = await next.events.result();
    const pending = eventsFile.rows(page.bytes, page.rows, page.release);
    if (pending) await pending;
    progress.add(next.visits + page.rows, next.lastStartedAt);
  };

  for (const page of repo.visitPages(o.format, o.window, csvLocal(o.utcOffsetMinutes, o.titles))) {
    queue.push({ events: formatter.format(page.events), visits: page.lines.length, lastStartedAt: page.lastStartedAt });
    for (const line of page.lines) {
      const pending = visitsFile.row(line);
      if (pending) await pending;
    }
    while (queue.length > formatter.capacity) await writeNext();
  }
  while (queue.length > 0) await writeNext();
  const files = [await visitsFile.finish(), await eventsFile.finish()];
  progress.end();
  return files;
};

/** Progress by the start time of the last visit written, every PROGRESS_EVERY rows and at the end. */
const progressBy = (o: RowFilesOptions) => {
  const span = o.window.toMs - o.window.fromMs;
  let done = 0;
  let reported = 0;
  return {
    add(rows: number, startedAt: number) {
      done += rows;
      if (done - reported < PROGRESS_EVERY) return;
      reported = done;
      o.onProgress?.(Math.min(1, (startedAt - o.window.fromMs) / span), done);
    },
    end: () => o.onProgress?.(1, done),
  };
};
