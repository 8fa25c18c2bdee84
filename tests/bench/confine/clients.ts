import type { PageClient } from './page-client';
import { batchesOf, clientVisits, flushVisit, sendVisits, type SentVisit } from './visits';

/** What one page sent in a phase and how many durable acknowledgements it asked for and got. */
export type PageRun = { sent: SentVisit[]; flushes: number; durable: number };

/** Merges the runs of several pages (or phases). */
export const merged = (runs: readonly PageRun[]): PageRun => ({
  sent: runs.flatMap((r) => r.sent),
  flushes: runs.reduce((n, r) => n + r.flushes, 0),
  durable: runs.reduce((n, r) => n + r.durable, 0),
});

/**
 * Sends `events` events of new visits, batch by batch. `flush`: 'last' asks
 * for the durable acknowledgement of each batch's last visit before the next
 * batch (the load figure); 'every' asks for every visit's, all at once after
 * sending (the renderer asks at each visit end; with a full disk each answer
 * takes the core's timeout); 'none' only sends.
 */
export const logEvents = async (
  page: PageClient,
  seed: number,
  events: number,
  flush: 'last' | 'every' | 'none',
): Promise<PageRun> => {
  const run: PageRun = { sent: [], flushes: 0, durable: 0 };
  const ask = async (sent: SentVisit) => {
    run.flushes++;
    if (await flushVisit(page, sent)) run.durable++;
  };
  for (const batch of batchesOf(clientVisits(seed, events))) {
    const sent = await sendVisits(page, batch);
    run.sent.push(...sent);
    if (flush === 'last') await ask(sent.at(-1)!);
  }
  if (flush === 'every') await Promise.all(run.sent.map(ask));
  return run;
};

/** Every page logs at once; resolves with each page's run. */
export const allPagesLog = (
  pages: readonly PageClient[],
  seed: number,
  eventsPerPage: number,
  flush: 'last' | 'every' | 'none',
): Promise<PageRun[]> => Promise.all(pages.map((page, i) => logEvents(page, seed * 10 + i, eventsPerPage, flush)));
