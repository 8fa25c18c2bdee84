import { EVENT_COLUMNS, VISIT_COLUMNS, type EventTuple, type VisitTuple } from '../../../db';
import { BOM, EOL, isoCell, quotedCell, textCell } from './csv';

/** How one export format writes its files. */
export type RowFormat = Readonly<{
  extension: 'csv' | 'jsonl';
  /** Text before the first row (BOM + header for CSV). */
  visitsPreamble: string;
  eventsPreamble: string;
  visit(row: VisitTuple): string;
  event(row: EventTuple): string;
}>;

/**
 * CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting, formula neutralisation on
 * free-text cells. Times are ISO-8601 UTC. Columns whose values the service
 * validated to a closed alphabet (UUIDs, event types, chapter ids, language
 * codes) skip the checks: this loop runs a million times per export.
 */
const csv = (): RowFormat => {
  // Every row of a kiosk's export carries the same kiosk id: encode it once.
  let lastKiosk = '';
  let lastKioskCell = '';
  const kiosk = (id: string) => {
    if (id !== lastKiosk) {
      lastKiosk = id;
      lastKioskCell = textCell(id);
    }
    return lastKioskCell;
  };
  return {
    extension: 'csv',
    visitsPreamble: `${BOM}${VISIT_COLUMNS.join(',')}${EOL}`,
    eventsPreamble: `${BOM}${EVENT_COLUMNS.join(',')}${EOL}`,
    visit: (r) =>
      `${r[0]},${kiosk(r[1])},${isoCell(r[2])},${isoCell(r[3])},${r[4] ?? ''},${r[5]},${textCell(r[6])},${textCell(r[7])}${EOL}`,
    event: (r) => `${r[0]},${r[1]},${kiosk(r[2])},${r[3]},${isoCell(r[4])},${r[5]},${r[6] ?? ''},${quotedCell(r[7])}${EOL}`,
  };
};

const str = JSON.stringify;

/** JSON Lines: one object per line, keys in column order, the payload as a nested object. */
const jsonl = (): RowFormat => ({
  extension: 'jsonl',
  visitsPreamble: '',
  eventsPreamble: '',
  visit: (r) =>
    `{"visit_id":${str(r[0])},"kiosk_id":${str(r[1])},"started_at":${str(isoCell(r[2]))},"ended_at":${r[3] === null ? 'null' : str(isoCell(r[3]))},"end_reason":${str(r[4])},"language":${str(r[5])},"pack_id":${str(r[6])},"pack_version":${str(r[7])}}\n`,
  // The stored payload is already canonical JSON (the logger wrote it with JSON.stringify).
  event: (r) =>
    `{"event_id":${str(r[0])},"visit_id":${str(r[1])},"kiosk_id":${str(r[2])},"seq":${r[3]},"at":${str(isoCell(r[4]))},"type":${str(r[5])},"chapter":${str(r[6])},"payload":${r[7]}}\n`,
});

/** The encoder of a format (fresh per export: it caches per-kiosk cells). */
export const rowFormat = (format: 'csv' | 'jsonl'): RowFormat => (format === 'csv' ? csv() : jsonl());
