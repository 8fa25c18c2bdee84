import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db';
import { loadSettings } from '../core/settings';
import { createAppLog } from '../core/app-log';
import { mountRoots, scanVolumes } from '../core/removable/volumes';
import { runExport, systemUtcOffsetMinutes } from '../core/visit-log';
import { createExportService } from '../core/visit-log/export-service';
import { visitDatabaseFile } from '../core/visit-log/visit-log';
import type { ExportResult } from '../shared/contract/visits';
import { KioskFailure } from '../shared/result';
import { KioskLanguage } from '../shared/content-pack';
import { findAppPaths } from '../core/app-paths';
import { chapterTitlesOf, readActiveManifest } from '../core/packs/active-manifest';
import { parseCommandLine, stringOption, UsageError, wantsHelp } from '../core/cli-args';
import { createProgress } from './progress';

/** Options of `kiosk export`. */
export type ExportArgs = {
  from: string;
  to: string;
  format: 'csv' | 'jsonl' | 'xlsx';
  out: string;
  dataDir?: string;
  config?: string;
  utcOffsetMinutes?: number;
  /** Chapter titles and workbook words in this language; default: the active pack's default language. */
  language?: KioskLanguage;
};

export const EXPORT_USAGE = `usage: kiosk export --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|jsonl|xlsx] --out DIR
                    [--data-dir DIR | --config FILE] [--utc-offset +08:00] [--language zh-CN|en]
  Exports the visits started between the two local dates (inclusive) and their events
  into a new folder inside DIR; DIR must be on removable media or inside exportRoots.
  Chapters are named by the active pack's titles in --language (default: the pack's
  default language), as the kiosk's own exports name them.`;

export { UsageError };

/** The options of `kiosk export` (electron/core/cli-args.ts grammar). */
const EXPORT_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  config: { type: 'string' },
  'utc-offset': { type: 'string' },
  language: { type: 'string' },
} as const;

const parseOffset = (raw: string): number => {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  if (!m) throw new UsageError(`--utc-offset: "${raw}" is not an offset like +08:00`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
};

/** Parses `export` flags; throws UsageError naming the problem. `help: true` when --help was asked. */
export const parseExportArgs = (argv: readonly string[]): ExportArgs & { help?: true } => {
  const line = parseCommandLine(argv, EXPORT_OPTIONS, { positionals: false });
  if (wantsHelp(line)) return { from: '', to: '', format: 'csv', out: '', help: true };
  const format = stringOption(line, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl' && format !== 'xlsx')
    throw new UsageError(`--format: "${format}" (expected csv, jsonl or xlsx)`);
  const dataDir = stringOption(line, 'data-dir');
  const config = stringOption(line, 'config');
  if (dataDir !== undefined && config !== undefined) throw new UsageError('give --data-dir or --config, not both');
  const offset = stringOption(line, 'utc-offset');
  const language = stringOption(line, 'language');
  if (language !== undefined && !KioskLanguage.safeParse(language).success)
    throw new UsageError(`--language: "${language}" (expected ${KioskLanguage.options.join(' or ')})`);
  return {
    from: stringOption(line, 'from', true) ?? '',
    to: stringOption(line, 'to', true) ?? '',
    format,
    out: stringOption(line, 'out', true) ?? '',
    dataDir,
    config,
    utcOffsetMinutes: offset === undefined ? undefined : parseOffset(offset),
    language: language as KioskLanguage | undefined,
  };
};

/**
 * Runs an export straight from the database file, read-only: it neither
 * writes to nor purges a running kiosk's log, so it is safe next to it. The
 * destination is confined like the kiosk's own exports (export-service.ts):
 * `--out` must resolve inside a detected stick or an `exportRoots` folder.
 */
export const runExportCommand = async (args: ExportArgs, stderr: NodeJS.WriteStream): Promise<ExportResult> => {
  const settings = loadSettings(
    args.dataDir
      ? { env: process.env, overrides: { dataDir: path.resolve(args.dataDir) } }
      : {
          configFile: args.config ?? process.env.KIOSK_CONFIG ?? path.join(process.cwd(), 'kiosk.config.json'),
          env: process.env,
        },
  );
  const file = visitDatabaseFile(settings.dataDir);
  if (!fs.existsSync(file))
    throw new KioskFailure('not-found', `no visit database at ${file} (check --data-dir / --config)`);
  const volumes = await scanVolumes(
    {
      mountRoots: mountRoots(settings.removableMediaRoots),
      exportRoots: settings.exportRoots,
      importRoots: [],
      dataDir: settings.dataDir,
    },
    { deadline: Date.now() + 3000 },
  );
  const db = openDatabase(file, { readonly: true });
  const progress = createProgress(stderr, 'exporting');
  let rows = 0;
  const utcOffsetMinutes = args.utcOffsetMinutes ?? systemUtcOffsetMinutes();
  const pack = readActiveManifest(
    settings.dataDir,
    findAppPaths(path.dirname(process.argv[1] ?? process.cwd())).defaultPackDir,
  );
  // Workbook words exist in the kiosk's own languages; a pack default outside them falls back to zh-CN.
  const packDefault = KioskLanguage.safeParse(pack?.defaultLanguage);
  const language = args.language ?? (packDefault.success ? packDefault.data : 'zh-CN');
  const chapterTitles = pack ? chapterTitlesOf(pack, language) : {};
  const service = createExportService({
    visitLog: {
      export: (target, onProgress, signal) =>
        runExport({
          ...target,
          kioskId: settings.kioskId,
          utcOffsetMinutes,
          chapterTitles,
          reader: db,
          onProgress,
          signal,
        }),
      alert: () => {},
    },
    media: {
      volume: () => null,
      exportRoots: () => volumes.filter((v) => v.kind !== 'import-root').map((v) => v.path),
    },
    dataDir: settings.dataDir,
    kioskId: settings.kioskId,
    log: createAppLog(null),
    emit: (p) => {
      if (p.phase !== 'writing') return;
      rows = p.rowsDone;
      progress.update(p.rowsTotal > 0 ? p.rowsDone / p.rowsTotal : 0, p.rowsDone);
    },
  });
  try {
    const result = await service.exportToPath({
      from: args.from,
      to: args.to,
      format: args.format,
      language,
      outDir: path.resolve(args.out),
    });
    progress.finish(rows || result.files.reduce((sum, f) => sum + f.rows, 0));
    return result;
  } finally {
    db.close();
  }
};
