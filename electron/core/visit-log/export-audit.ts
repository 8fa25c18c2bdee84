import type Database from 'better-sqlite3';
import { createAuditRepo } from '../../../db';
import type { ExportFile } from '../../shared/contract/visits';
import { BOM, csvLine } from './csv';
import { localDateWindow } from './date-range';
import { openFileWriter, type FileWriter } from './export-writer';

const AUDIT_HEADER = ['id', 'at_utc', 'at_local', 'role', 'action', 'outcome', 'detail'];

/** ISO-8601 local time with its offset (`2026-12-03T17:04:05+08:00`). */
const localIso = (ms: number, offsetMinutes: number): string => {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19)}${offset}`;
};

/**
 * Writes `<base>_audit.csv` (or `.jsonl`): every admin action of the range's local
 * dates (sign-ins, refused PINs, installs, exports), so the visit log and who
 * changed the kiosk travel together. Read in the export's snapshot, oldest first.
 */
export const writeAuditFile = async (
  db: Database.Database,
  o: Readonly<{ outDir: string; base: string; from: string; to: string; utcOffsetMinutes: number; format: 'csv' | 'jsonl'; open: FileWriter[] }>,
): Promise<ExportFile> => {
  const w = localDateWindow(o.from, o.to, o.utcOffsetMinutes);
  const file = openFileWriter(o.outDir, `${o.base}_audit.${o.format}`);
  o.open.push(file);
  if (o.format === 'csv') await file.text(BOM + csvLine(AUDIT_HEADER));
  for (const r of createAuditRepo(db).between(w.fromMs, w.toMs)) {
    const atUtc = new Date(r.at).toISOString();
    const atLocal = localIso(r.at, o.utcOffsetMinutes);
    const line =
      o.format === 'csv'
        ? csvLine([r.id, atUtc, atLocal, r.role ?? '', r.action, r.outcome, r.detail])
        : `${JSON.stringify({ id: r.id, at: atUtc, atLocal, role: r.role, action: r.action, outcome: r.outcome, detail: r.detail })}\n`;
    const pending = file.row(line);
    if (pending) await pending;
  }
  return file.finish();
};
