import type { Worker } from 'node:worker_threads';
import type { EventPage } from '../../../db';
import type { BufferPool, FormattedPage } from './export-page';
import type { FromWorker, ToWorker, WorkerSetup } from './export-worker-messages';
import { startExportWorker } from './export-worker-start';

/** A page handed to a formatter; `result` is asked for in page order, when the page's turn to be written comes. */
export type PageTicket = Readonly<{ result(): Promise<FormattedPage> }>;

/** Formats pages of events: on worker threads, or on the calling thread when there are none (left). */
export type PageFormatter = Readonly<{
  /** Pages the caller may hand over before it writes the first: enough to keep every worker busy. */
  capacity: number;
  /** Takes a page. Cheap: the formatting happens on a worker, or on this thread when its result is asked for. */
  format(page: EventPage): PageTicket;
  /** Workers formatting (for tests and diagnostics). */
  working(): number;
  /** Stops the workers. */
  close(): Promise<void>;
}>;

/**
 * Pages handed over ahead of the one being written. Pending pages are only
 * a few keys: looking ahead lets the calling thread list
 * visits and write the visits file while workers start (≈ 50–200 ms).
 */
const LOOKAHEAD_PAGES = 32;
/** Pages sent to a worker at once: one formatting, one waiting, so it never idles for lack of work. */
const PAGES_PER_WORKER = 2;
/** Formatted pages that may wait for, or be in, the file's write queue besides those at workers. */
const WRITING_PAGES = 2;
/** Pages the calling thread may format ahead while it waits for a worker's. */
const HELPING_PAGES = 2;
/** A worker not ready after this long is given up (tsx compiling sources on a busy box takes seconds). */
const START_TIMEOUT_MS = 20_000;

/** The formatter of small exports and of machines without a second core: each page formatted when its turn comes. */
export const localFormatter = (local: (page: EventPage) => FormattedPage): PageFormatter => ({
  capacity: 1,
  format: (page) => ({ result: () => new Promise((resolve) => resolve(local(page))) }),
  working: () => 0,
  close: () => Promise.resolve(),
});

/** What a worker formatter needs from the export. */
export type WorkerFormatterOptions = Readonly<{
  setup: WorkerSetup;
  workers: number;
  /** Formats a page on the export's own connection: while waiting for a worker, for pages of workers that failed, or when none started. */
  local(page: EventPage): FormattedPage;
  /**
   * True while nothing was committed to the database since before the export
   * took its snapshot. A worker reports `ready` holding its own snapshot; if
   * this is still true then, both snapshots are the same one.
   */
  unchanged(): boolean;
  /**
   * Page buffers going round: written ones travel back to a worker with its
   * next page (export-page.ts says why not a new one per page).
   */
  pool: BufferPool;
}>;

type Request = {
  id: number;
  page: EventPage;
  sent: boolean;
  done: boolean;
  promise: Promise<FormattedPage>;
  resolve(page: FormattedPage): void;
  reject(error: unknown): void;
};
type Slot = { worker: Worker; state: 'starting' | 'working' | 'retired'; sent: Map<number, Request> };

/**
 * Starts worker threads and sends them pages, at most PAGES_PER_WORKER each,
 * the rest waiting in order. Results come back in whatever order; the caller
 * asks for them in its own. A worker that cannot start, fails, or whose
 * snapshot is not the export's is retired and its pages go to the others —
 * or, with none left, are formatted by `local` when their turn comes: slower,
 * never different, the bytes are the same either way.
 */
export const startWorkerFormatter = (o: WorkerFormatterOptions): PageFormatter => {
  const slots: Slot[] = [];
  const waiting: Request[] = [];
  let closing = false;
  let nextId = 0;
  // Pages out (at a worker, or formatted and not yet written): a bound on the memory in flight.
  let lent = 0;
  const maxLent = PAGES_PER_WORKER * o.workers + WRITING_PAGES + HELPING_PAGES;

  const alive = () => slots.filter((s) => s.state !== 'retired');
  const formatHere = (r: Request) => {
    waiting.splice(waiting.indexOf(r), 1);
    r.sent = true;
    try {
      r.resolve(o.local(r.page));
    } catch (error) {
      r.reject(error);
    }
  };

  /**
   * Formats the oldest waiting page on the calling thread, if fewer than
   * maxLent pages are out: the caller, waiting for a worker's page, does a page of work
   * instead of idling. False when there is nothing to take.
   */
  const help = (): boolean => {
    const r = waiting[0];
    if (!r || lent >= maxLent) return false;
    waiting.shift();
    r.sent = true;
    lent++;
    try {
      const page = o.local(r.page);
      r.resolve({
        ...page,
        release() {
          page.release();
          lent--;
          dispatch();
        },
      });
    } catch (error) {
      r.reject(error);
    }
    return true;
  };

  /** Sends waiting pages, oldest first, to the least busy workers that have room, while fewer than maxLent pages are out. */
  const dispatch = () => {
    for (const r of [...waiting]) {
      if (lent >= maxLent) return;
      const slot = slots
        .filter((s) => s.state === 'working' && s.sent.size < PAGES_PER_WORKER)
        .reduce<Slot | null>((a, s) => (!a || s.sent.size < a.sent.size ? s : a), null);
      if (!slot) return;
      waiting.shift();
      send(slot, r);
    }
  };
  const send = (slot: Slot, r: Request) => {
    r.sent = true;
    slot.sent.set(r.id, r);
    lent++;
    const buffer = o.pool.take();
    const message: ToWorker = { type: 'page', id: r.id, page: r.page, buffer };
    slot.worker.postMessage(message, buffer ? [buffer] : []);
  };

  const retire = (slot: Slot) => {
    if (slot.state === 'retired') return;
    slot.state = 'retired';
    void slot.worker.terminate();
    if (closing) return;
    const back = [...slot.sent.values()].sort((a, b) => a.id - b.id);
    lent -= back.length;
    for (const r of back) r.sent = false;
    waiting.unshift(...back);
    slot.sent.clear();
    dispatch();
    // None left: the caller may be waiting for the oldest page, so it is formatted now; the others when asked for.
    const oldest = waiting[0];
    if (alive().length === 0 && oldest) formatHere(oldest);
  };

  const onMessage = (slot: Slot, message: FromWorker) => {
    if (closing || slot.state === 'retired') return;
    if (message.type === 'ready') {
      if (slot.state === 'starting' && o.unchanged()) slot.state = 'working';
      else retire(slot);
    } else if (message.type === 'page') {
      const r = slot.sent.get(message.id);
      slot.sent.delete(message.id);
      const { buffer, length, rows } = message;
      const release = () => {
        lent--;
        o.pool.give(buffer);
        dispatch();
      };
      r?.resolve({ bytes: Buffer.from(buffer, 0, length), rows, release });
    } else retire(slot);
    dispatch();
  };

  for (let i = 0; i < o.workers; i++) {
    const worker = startExportWorker(o.setup);
    if (!worker) break;
    const slot: Slot = { worker, state: 'starting', sent: new Map() };
    slots.push(slot);
    worker.on('message', (message: FromWorker) => onMessage(slot, message));
    worker.on('error', () => retire(slot));
    worker.on('exit', () => retire(slot));
  }
  const timer = setTimeout(() => slots.filter((s) => s.state === 'starting').forEach(retire), START_TIMEOUT_MS);
  timer.unref();

  return {
    capacity: LOOKAHEAD_PAGES,
    format(page) {
      let resolve: (page: FormattedPage) => void = () => {};
      let reject: (error: unknown) => void = () => {};
      const promise = new Promise<FormattedPage>((res, rej) => ((resolve = res), (reject = rej)));
      // Asked for later, in page order: until then a failure must not count as unhandled (Node would exit).
      promise.catch(() => undefined);
      const r: Request = {
        id: nextId++,
        page,
        sent: false,
        done: false,
        promise,
        resolve: (page) => ((r.done = true), resolve(page)),
        reject: (error) => ((r.done = true), reject(error)),
      };
      waiting.push(r);
      dispatch();
      return {
        async result() {
          if (!r.sent && alive().length === 0) formatHere(r);
          // Between two pages, a turn of the event loop lets the workers' results in.
          while (!r.done && help()) await new Promise((next) => setImmediate(next));
          return r.promise;
        },
      };
    },
    working: () => slots.filter((s) => s.state === 'working').length,
    async close() {
      closing = true;
      clearTimeout(timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
};
