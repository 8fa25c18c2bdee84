import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { mergedExport, mergedExportName } from '../core/fleet/merged-export';
import { FleetExportRequest } from '../shared/contract/fleet';
import { firstIssue } from '../shared/zod-issues';
import { FleetUsageError } from './fleet-command';

type ExportValues = Readonly<{ from?: string; to?: string; kiosk?: string[]; venue?: string; format?: string; language?: string; out?: string }>;

/**
 * `kiosk fleet export`: the same merged export as the dashboard's download,
 * to a file that must not exist yet (never overwrites; owner-only). A failed
 * export leaves no partial file. Returns the file's path.
 */
export const writeMergedExport = async (client: pg.ClientBase, values: ExportValues): Promise<string> => {
  const parsed = FleetExportRequest.safeParse({
    from: values.from,
    to: values.to,
    format: values.format ?? 'csv',
    ...(values.kiosk ? { kioskIds: values.kiosk } : {}),
    ...(values.venue === undefined ? {} : { venue: values.venue }),
    ...(values.language === undefined ? {} : { language: values.language }),
  });
  if (!parsed.success) {
    throw new FleetUsageError(`export: ${firstIssue(parsed.error).message}`);
  }
  const file = path.resolve(values.out ?? mergedExportName(parsed.data));
  const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  try {
    await pipeline(Readable.from(mergedExport(client, parsed.data)), out);
  } catch (error) {
    // 'wx' refused an existing file: that file is not ours to remove.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(file, { force: true });
    throw error;
  }
  return file;
};
