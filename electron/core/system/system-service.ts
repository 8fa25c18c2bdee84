import type Database from 'better-sqlite3';
import { createAlertRepo, createIntegrityRepo, type IntegrityRow } from '../../../db';
import type { Role } from '../../shared/contract/admin';
import type { PackSummary } from '../../shared/contract/packs';
import type { IntegrityCheck, SystemStatus } from '../../shared/contract/system';
import { KioskFailure } from '../../shared/result';
import type { HandlerMap } from '../handlers';
import type { ShellControl } from '../shell-control';
import { checkDatabase, type CheckMode } from './integrity-check';
import { databaseBytes, diskSpace } from './system-figures';

export type SystemCallName = 'system:status' | 'system:check-db' | 'system:restart' | 'system:exit-to-desktop';

export type SystemServiceOptions = Readonly<{
  kioskId: string;
  dataDir: string;
  appVersion: string;
  /** Absent: restart and exit to desktop are refused as unavailable. */
  shell?: ShellControl;
  clock: () => Date;
  /** The visit log's connection (alerts, integrity history), its file (':memory:' when it fell back) and its flush. */
  database: Database.Database;
  databaseFile: () => string;
  flushVisitLog: () => boolean;
  /** Records a crash / recovery event or alert in SQLite (the visit log's alert recorder). */
  alert: (kind: string, message: string) => void;
  activePack: () => PackSummary | null;
  /** Checks a PIN typed again (admin service); resolves with its role. */
  confirmPin: (pin: string, purpose: string) => Promise<Role>;
  /** Time between answering a restart / exit and doing it, so the answer and its audit row get out first. */
  leaveAfterMs?: number;
}>;

/** Recent events the screen lists. */
const EVENTS_SHOWN = 20;

const asCheck = (row: IntegrityRow): IntegrityCheck => ({ ...row, at: new Date(row.at).toISOString() });

/** The System screen's calls: figures, the integrity check, restart and exit to desktop through the shell port. */
export const createSystemService = (options: SystemServiceOptions): Readonly<{ handlers: HandlerMap<SystemCallName> }> => {
  const { clock } = options;
  const startedAt = clock().getTime();
  const alerts = createAlertRepo(options.database);
  const checks = createIntegrityRepo(options.database);
  let running: Promise<IntegrityCheck> | null = null;

  const check = (mode: CheckMode): Promise<IntegrityCheck> => {
    const file = options.databaseFile();
    if (file === ':memory:') throw new KioskFailure('unavailable', 'the visit log runs in memory: there is no database file to check');
    running ??= (async () => {
      const at = clock().getTime();
      const outcome = await checkDatabase(file, mode);
      const row: IntegrityRow = { at, mode, ...outcome, durationMs: Math.round(outcome.durationMs) };
      checks.insert(row);
      if (!row.ok) options.alert('database-integrity', `integrity check (${mode}) found problems: ${row.result.split('\n')[0]}`);
      return asCheck(row);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  /** Records why, answers, then (after the answer is out) flushes the visit log and hands over to the shell. */
  const leave = (action: 'restart' | 'exitToDesktop', kind: string, why: string) => {
    const shell = options.shell;
    if (!shell) throw new KioskFailure('unavailable', 'this kiosk runs without a shell that can restart or exit it');
    options.alert(kind, why);
    setTimeout(() => {
      options.flushVisitLog();
      shell[action](why);
    }, options.leaveAfterMs ?? 250);
  };

  const handlers: HandlerMap<SystemCallName> = {
    'system:status': (): SystemStatus => {
      const now = clock().getTime();
      const disk = diskSpace(options.dataDir);
      const pack = options.activePack();
      const file = options.databaseFile();
      const last = checks.last();
      return {
        appVersion: options.appVersion,
        shell: options.shell?.kind ?? null,
        kioskId: options.kioskId,
        startedAt: new Date(startedAt).toISOString(),
        uptimeSeconds: Math.max(0, Math.floor((now - startedAt) / 1000)),
        activePack: pack ? { id: pack.id, version: pack.version, installedAt: pack.installedAt, origin: pack.origin } : null,
        dataDir: options.dataDir,
        diskFreeBytes: disk.free,
        diskTotalBytes: disk.total,
        databaseBytes: file === ':memory:' ? 0 : databaseBytes(file),
        lastCheck: last ? asCheck(last) : null,
        checking: running !== null,
        events: alerts.recent(EVENTS_SHOWN).map((a) => ({ kind: a.kind, message: a.message, at: new Date(a.at).toISOString() })),
      };
    },
    'system:check-db': ({ mode }) => check(mode),
    'system:restart': (_input, ctx) => {
      leave('restart', 'kiosk-restart', `restart asked for by ${ctx.session?.role ?? 'nobody'} on the System screen`);
      return { restarting: true };
    },
    'system:exit-to-desktop': async ({ pin }, ctx) => {
      const role = await options.confirmPin(pin, 'exit to desktop').catch((error: unknown) => {
        // A wrong PIN here refuses the exit; it must not read as an ended session (which signs the screen out).
        throw error instanceof KioskFailure && error.code === 'unauthorized' ? new KioskFailure('forbidden', `exit to desktop refused: ${error.message}`) : error;
      });
      if (role !== 'admin') throw new KioskFailure('forbidden', 'exit to desktop needs the admin PIN; the PIN typed is the staff PIN');
      leave('exitToDesktop', 'kiosk-exit-to-desktop', `exit to desktop by ${ctx.session?.role ?? 'nobody'} with the admin PIN, on the System screen`);
      return { exiting: true };
    },
  };
  return { handlers };
};
