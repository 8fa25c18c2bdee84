import fs from 'node:fs';
import path from 'node:path';
import { allPagesLog, merged, type PageRun } from './clients';
import { figure, type Figure } from './figures';
import { startHost } from './host';
import { openPage } from './page-client';
import { checkStored } from './stored';

/**
 * Load: `clients` pages (each its own page cookie) log `total` events through
 * the real web host's `/api/send`, concurrently, each batch followed by a
 * durable acknowledgement; then the host is stopped with SIGTERM and the
 * SQLite file is counted.
 */
export const loadFigures = async (root: string, total: number, clients = 4): Promise<Figure[]> => {
  const dataDir = path.join(root, 'load');
  fs.mkdirSync(dataDir, { recursive: true });
  const host = await startHost(dataDir);
  let run: PageRun;
  let seconds: number;
  let exit: number | string | null;
  try {
    const pages = await Promise.all(Array.from({ length: clients }, () => openPage(host.url)));
    const started = performance.now();
    run = merged(await allPagesLog(pages, 1, Math.ceil(total / clients), 'last'));
    seconds = (performance.now() - started) / 1000;
  } finally {
    exit = await host.stop();
  }
  const events = run.sent.reduce((n, s) => n + s.visit.events.length, 0);
  const refusals = run.sent.flatMap((s) => s.refusals);
  const check = checkStored(path.join(dataDir, 'visits.sqlite'), run.sent);
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    figure(
      `load: events sent by ${clients} pages (${n(run.sent.length)} visits), acknowledged`,
      `${n(check.acceptedEvents)}/${n(events)}`,
      check.acceptedEvents === events && refusals.length === 0,
      `all, 0 refused (${refusals.length})`,
    ),
    figure(
      'load: acknowledged events stored in SQLite',
      check.acceptedStored,
      check.acceptedStored === check.acceptedEvents,
      '= acknowledged, 0 lost',
    ),
    figure(
      'load: durable acknowledgements (visit:flush true)',
      `${run.durable}/${run.flushes}`,
      run.durable === run.flushes,
      'all',
    ),
    figure('load: visits wrongly interrupted', check.wronglyInterrupted, check.wronglyInterrupted === 0, '0'),
    figure('load: host stopped by SIGTERM, exit code', String(exit), exit === 0, '0'),
    { label: `load: throughput over HTTP, ${clients} pages`, value: `${n(Math.round(events / seconds))} ev/s` },
  ];
};
