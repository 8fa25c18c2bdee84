import fs from 'node:fs';
import path from 'node:path';
import { setPins, TEST_PINS } from '../../fixtures/admin';
import { allPagesLog, logEvents, merged, type PageRun } from './clients';
import { figure, type Figure } from './figures';
import { droppedLastRun, readHealth } from './health';
import { startHost } from './host';
import { openPage, type PageClient } from './page-client';
import { alertRows, checkStored } from './stored';
import { fillWithBallast, mountTmpfs } from './tmpfs';

const TMPFS_MIB = 24;
const PAGES = 4;

/** One page logs small visits, each with its durable acknowledgement, until one is refused (writes fail) or `max` rounds pass. */
const logUntilRefused = async (page: PageClient, seed: number, max = 60): Promise<PageRun> => {
  const runs: PageRun[] = [];
  for (let round = 0; round < max; round++) {
    const run = await logEvents(page, seed * 100 + round, 40, 'every');
    runs.push(run);
    if (run.durable < run.flushes) break;
  }
  return merged(runs);
};

/**
 * Disk full, then freed, on a real small file system: the data dir lives on a
 * tmpfs that a ballast file fills. Pages keep logging with durable
 * acknowledgements through the fault; the ballast goes, they log on; then the
 * disk is filled once more and the host is stopped while full, so the loss at
 * shutdown must be reported by the next start.
 */
export const diskFullFigures = async (root: string, required: boolean): Promise<Figure[]> => {
  const mnt = path.join(root, 'tmpfs');
  const mount = mountTmpfs(mnt, TMPFS_MIB);
  if (!mount.mounted)
    return [
      {
        label: 'disk full: NOT MEASURED',
        value: mount.why,
        ...(required ? { goal: { ok: false, text: 'measured (--require)' } } : {}),
      },
    ];
  try {
    return await measure(mnt);
  } finally {
    mount.unmount();
  }
};

const measure = async (mnt: string): Promise<Figure[]> => {
  const dataDir = path.join(mnt, 'data');
  const ballast = path.join(mnt, 'ballast');
  fs.mkdirSync(dataDir);
  await setPins(dataDir, TEST_PINS);
  let host = await startHost(dataDir);
  const pages = await Promise.all(Array.from({ length: PAGES }, () => openPage(host.url)));
  const before = merged(await allPagesLog(pages, 21, 500, 'last'));
  const ballastBytes = fillWithBallast(ballast);
  const whileFull = merged(await Promise.all(pages.map((page, i) => logUntilRefused(page, 22 + i))));
  const moreWhileFull = merged(await allPagesLog(pages, 26, 300, 'every'));
  fs.rmSync(ballast);
  const freed = merged(await allPagesLog(pages, 27, 500, 'last'));
  const health = await readHealth(host.url);
  // Full again, and the kiosk is stopped (SIGTERM) before the disk is freed: what was queued is lost at shutdown.
  fillWithBallast(ballast);
  const refusedAgain = merged(await Promise.all(pages.map((page, i) => logUntilRefused(page, 30 + i))));
  const atStop = merged([refusedAgain, ...(await allPagesLog(pages, 28, 300, 'none'))]);
  const exitWhileFull = await host.stop();
  fs.rmSync(ballast);
  host = await startHost(dataDir);
  const nextHealth = await readHealth(host.url);
  await host.stop();

  const database = path.join(dataDir, 'visits.sqlite');
  const all = merged([before, whileFull, moreWhileFull, freed, atStop]);
  const check = checkStored(database, all.sent);
  const rows = alertRows(database);
  const reported = droppedLastRun(rows) ?? 0;
  const kinds = new Set(health.alerts.map((a) => a.kind));
  const refusedWhileFull = whileFull.flushes - whileFull.durable + moreWhileFull.flushes - moreWhileFull.durable;
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    {
      label: `disk full: ballast filling the ${TMPFS_MIB} MiB tmpfs`,
      value: `${(ballastBytes / 2 ** 20).toFixed(1)} MiB`,
    },
    figure(
      'disk full: durable acks refused while full (writes failed)',
      `${refusedWhileFull}/${whileFull.flushes + moreWhileFull.flushes}`,
      refusedWhileFull > 0,
      '> 0',
    ),
    figure(
      'disk full: health alerts write-failed, then recovered',
      `${kinds.has('visit-log-write-failed') ? 'yes' : 'no'}, ${kinds.has('visit-log-recovered') ? 'yes' : 'no'}`,
      kinds.has('visit-log-write-failed') && kinds.has('visit-log-recovered'),
      'yes, yes',
    ),
    figure(
      'disk full: durable acks after freeing',
      `${freed.durable}/${freed.flushes}`,
      freed.durable === freed.flushes,
      'all',
    ),
    figure(
      'disk full: acknowledged (durable) events stored',
      `${n(check.durableStored)}/${n(check.durableEvents)}`,
      check.durableStored === check.durableEvents,
      'all',
    ),
    figure(
      'disk full: events accepted while full, stored after freeing',
      `${n(stored(database, [whileFull, moreWhileFull]))}/${n(accepted([whileFull, moreWhileFull]))}`,
      stored(database, [whileFull, moreWhileFull]) === accepted([whileFull, moreWhileFull]),
      'all',
    ),
    figure(
      'disk full: health after freeing: buffered, dropped',
      `${health.buffered}, ${health.dropped}`,
      health.buffered === 0 && health.dropped === 0,
      '0, 0',
    ),
    figure('disk full again, SIGTERM: host exit code', String(exitWhileFull), exitWhileFull === 0, '0'),
    figure(
      'disk full: accepted items lost / reported at next start',
      `${n(check.lostItems)} / ${n(reported)}`,
      check.lostItems === reported,
      'equal (none silent)',
    ),
    figure(
      'disk full: next start health alert of the loss',
      nextHealth.alerts.some((a) => a.kind === 'visit-log-dropped-last-run') ? 'raised' : 'none',
      check.lostItems === 0 || nextHealth.alerts.some((a) => a.kind === 'visit-log-dropped-last-run'),
      'raised when lost > 0',
    ),
  ];
};

const accepted = (runs: readonly PageRun[]) =>
  runs.reduce((total, r) => total + r.sent.reduce((m, s) => m + s.accepted.events.length, 0), 0);
const stored = (database: string, runs: readonly PageRun[]) => checkStored(database, merged(runs).sent).acceptedStored;
