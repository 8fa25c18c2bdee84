import { EVENT_COLUMNS, VISIT_COLUMNS, type ExportFormat } from '../../../db';
import { BOM, EOL } from './csv';

/** What precedes the rows of each file: the BOM and header for CSV, nothing for JSON Lines. */
export const preambles = (format: ExportFormat): { visits: string; events: string } =>
  format === 'csv'
    ? { visits: `${BOM}${VISIT_COLUMNS.join(',')}${EOL}`, events: `${BOM}${EVENT_COLUMNS.join(',')}${EOL}` }
    : { visits: '', events: '' };
