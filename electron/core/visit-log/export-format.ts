import { EVENT_COLUMNS, EVENT_LOCAL_COLUMNS, VISIT_COLUMNS, VISIT_LOCAL_COLUMNS, type CsvLocal, type ExportFormat } from '../../../db';
import { CHAPTER_IDS, type ChapterId } from '../../shared/content-pack';
import { BOM, csvCell, EOL } from './csv';

/** Chapter titles in the export's language (from the active pack); a missing one is shown as its id. */
export type ChapterTitles = Readonly<Partial<Record<ChapterId, string>>>;

/** `+08:00` for 480 minutes. */
export const offsetText = (minutes: number): string => {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
};

/** The title of each chapter in tour order, the id standing in for a missing one. */
export const titleList = (titles: ChapterTitles): string[] => CHAPTER_IDS.map((id) => titles[id] ?? id);

/** What the CSV's local columns need (db/export-repo.ts): the offset and the encoded titles. */
export const csvLocal = (utcOffsetMinutes: number, titles: ChapterTitles): CsvLocal => {
  const [t0, t1, t2, t3, t4] = titleList(titles).map(csvCell) as [string, string, string, string, string];
  return { offMs: utcOffsetMinutes * 60_000, offText: offsetText(utcOffsetMinutes), t0, t1, t2, t3, t4 };
};

/** Per-chapter engaged dwell column headers: `dwell_s <title>`. */
const dwellHeaders = (titles: ChapterTitles) => titleList(titles).map((t) => csvCell(`dwell_s ${t}`));

/** What precedes the rows of each file: the BOM and header for CSV, nothing for JSON Lines. */
export const preambles = (format: ExportFormat, titles: ChapterTitles = {}): { visits: string; events: string } =>
  format === 'csv'
    ? {
        visits: `${BOM}${[...VISIT_COLUMNS, ...VISIT_LOCAL_COLUMNS, ...dwellHeaders(titles)].join(',')}${EOL}`,
        events: `${BOM}${[...EVENT_COLUMNS, ...EVENT_LOCAL_COLUMNS].join(',')}${EOL}`,
      }
    : { visits: '', events: '' };
