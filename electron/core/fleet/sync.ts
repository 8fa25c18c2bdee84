import type pg from 'pg';
import { openDatabase } from '../../../db';
import type { FleetStatus } from '../../shared/contract/fleet';
import { clientConfig, fleetTarget, redact, type FleetSettings } from './connection';
import { prepareSession, pushBatch, type PushMethod } from './push';
import { createSyncSource, readCopySlices, type SyncSource } from './sync-source';

export type FleetSyncOptions = Readonly<{
  fleet: FleetSettings;
  /** The kiosk's visit database; sync opens its own connection to it. */
  databaseFile: string;
  now?: () => number;
  warn?(message: string, data: Record<string, unknown>): void;
  /** COPY measured faster than multi-row INSERT (npm run bench:fleet); kept selectable for the benchmark. */
  method?: PushMethod;
  /** Runs inside each batch's transaction just before COMMIT (fault injection in tests). */
  beforeCommit?(): void | Promise<void>;
  /** Called after each acknowledged batch (tests, benchmark). */
  onAcked?(visits: number, events: number): void;
}>;

/** The background sync: started with the kiosk when fleet.postgresUrl is set. */
export type FleetSync = Readonly<{
  status(): FleetStatus;
  /** Runs a round now (tests); resolves when it ended, successfully or not. */
  syncNow(): Promise<void>;
  /** Stops the timer, waits for a batch in flight, closes both connections. */
  close(): Promise<void>;
}>;

const MAX_BACKOFF_MS = 5 * 60_000;
/** Slices of `batchVisits` visits per transaction while a backlog waits (readCopySlices). */
const SLICES_PER_TRANSACTION = 5;

/**
 * Pushes closed visits to PostgreSQL in rounds: each round sends batch after
 * batch until nothing waits, then sleeps `syncIntervalSeconds`. A failure
 * drops the connection and retries with exponential back-off (1 s … 5 min,
 * jittered so a fleet coming back online does not knock all at once). The
 * watermark moves only after a COMMIT returned, so a batch cut by a crash or a
 * dropped connection is sent again whole, and the server ignores what it has.
 * Everything awaits I/O between batches, so the logger and the renderer keep
 * their turn on the event loop.
 */
export const startFleetSync = async (options: FleetSyncOptions): Promise<FleetSync> => {
  const url = options.fleet.postgresUrl;
  if (!url) throw new Error('fleet.postgresUrl is not set');
  const now = options.now ?? Date.now;
  const target = fleetTarget(url);
  // Dynamic: a kiosk without fleet settings never loads node-postgres.
  const { default: pgModule } = await import('pg');
  const source: SyncSource = createSyncSource(openDatabase(options.databaseFile), target);
  const method = options.method ?? 'copy';
  const state = {
    state: 'idle' as FleetStatus['state'],
    lastSuccessAt: null as number | null,
    lastAttemptAt: null as number | null,
    lastError: null as string | null,
    nextAttemptAt: null as number | null,
    sentVisits: 0,
    sentEvents: 0,
    failures: 0,
  };
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  const connect = async (): Promise<pg.Client> => {
    if (client) return client;
    const c = new pgModule.Client(clientConfig(options.fleet));
    // A connection lost while idle must not crash the kiosk: the next round reconnects.
    c.on('error', () => void dropClient());
    await c.connect();
    await prepareSession(c);
    client = c;
    return c;
  };
  const dropClient = async () => {
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };

  const round = async () => {
    state.state = 'syncing';
    state.lastAttemptAt = now();
    try {
      const c = await connect();
      for (;;) {
        if (closed) return;
        // COPY: SQLite writes the COPY text itself; INSERT (benchmark only) needs the rows.
        const batch =
          method === 'copy'
            ? await readCopySlices(source, options.fleet.batchVisits, SLICES_PER_TRANSACTION)
            : source.next(options.fleet.batchVisits);
        if (!batch) {
          await c.query('SELECT fleet.heartbeat(0)');
          break;
        }
        const [visits, events] = 'visitsText' in batch ? [batch.visits, batch.events] : [batch.visits.length, batch.events.length];
        const backlog = source.backlog();
        const sent = performance.now();
        const result = await pushBatch(c, batch, backlog - visits, method, options.beforeCommit);
        source.ack(batch.last, now());
        state.sentVisits += result.visits;
        state.sentEvents += result.events;
        options.onAcked?.(visits, events);
        // While the kiosk is logging, the sync takes a back seat: a pause as long as
        // the batch took, so on a busy kiosk it uses at most half the time.
        const pause = source.othersWrote() ? performance.now() - sent : 0;
        await new Promise((resolve) => (pause > 0 ? setTimeout(resolve, pause) : setImmediate(resolve)));
      }
      state.lastSuccessAt = now();
      state.lastError = null;
      state.failures = 0;
      schedule(options.fleet.syncIntervalSeconds * 1000);
    } catch (error) {
      state.failures++;
      state.lastError = redact(error instanceof Error ? error.message : String(error), url);
      options.warn?.('fleet sync failed', { target, error: state.lastError, failures: state.failures });
      await dropClient();
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(state.failures - 1, 16));
      schedule(backoff * (0.75 + Math.random() * 0.5), 'backing-off');
    }
  };
  const schedule = (ms: number, next: FleetStatus['state'] = 'idle') => {
    if (closed) return;
    state.state = next;
    state.nextAttemptAt = now() + ms;
    timer = setTimeout(() => void syncNow(), ms);
    timer.unref();
  };
  const syncNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    running ??= round().finally(() => (running = null));
    return running;
  };
  timer = setTimeout(() => void syncNow(), 0);
  timer.unref();

  return {
    status: () => ({
      enabled: true,
      target,
      state: closed ? 'off' : state.state,
      lastSuccessAt: iso(state.lastSuccessAt),
      lastAttemptAt: iso(state.lastAttemptAt),
      nextAttemptAt: iso(state.nextAttemptAt),
      backlog: closed ? null : source.backlog(),
      lastError: state.lastError,
      sentVisits: state.sentVisits,
      sentEvents: state.sentEvents,
    }),
    syncNow,
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      await running;
      await dropClient();
      source.close();
    },
  };
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
