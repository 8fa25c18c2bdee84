/**
 * System screen benchmark: `npm run bench:system` (EVENTS=200000 for a quick run).
 * "Check now" on a visit database of 1 M events: how long PRAGMA quick_check and
 * integrity_check take on their worker thread, and whether the visit logger keeps
 * writing meanwhile (the longest gap between its commits, and the main thread's
 * longest event-loop delay, while a visitor's events arrive every 20 ms). For
 * contrast, the same quick_check run on the main thread, which would stall both.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../../db';
import { createVisitLog } from '../../electron/core/visit-log';
import { checkDatabase, type CheckMode } from '../../electron/core/system/integrity-check';
import { tempDir } from '../fixtures/visit-log/temp';
import { report } from './bench-report';
import { buildDatabase } from './visit-log/build-db';

const EVENTS = Number(process.env.EVENTS ?? 1_000_000);

/** Runs `work` while a visitor's events arrive every 20 ms; the logger's longest commit gap and the loop's longest delay. */
const whileLogging = async <T>(dataDir: string, work: () => Promise<T>) => {
  const log = createVisitLog({ dataDir, kioskId: 'bench', retentionDays: 3650, emitAlert: () => {}, warn: () => {} });
  const visitId = randomUUID();
  log.start({ visitId, at: Date.now(), language: 'zh-CN', packId: 'changjiahui-default', packVersion: '1.0.0' });
  let seq = 0;
  let lastStored = log.health().stored;
  let lastCommit = performance.now();
  let longestGap = 0;
  const feed = setInterval(() => {
    log.event({ id: randomUUID(), visitId, seq: ++seq, at: Date.now(), chapter: 'hard-core', type: 'narration-paused', payload: { positionMs: seq } });
    const stored = log.health().stored;
    const now = performance.now();
    if (stored !== lastStored) {
      longestGap = Math.max(longestGap, now - lastCommit);
      lastStored = stored;
      lastCommit = now;
    }
  }, 20);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  delay.enable();
  const t = performance.now();
  const result = await work();
  const ms = performance.now() - t;
  // A blocked loop shows up when its timers finally run: let them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  delay.disable();
  clearInterval(feed);
  longestGap = Math.max(longestGap, performance.now() - lastCommit);
  log.close();
  return { result, ms, longestGap, maxDelayMs: delay.max / 1e6, events: seq };
};

const main = async () => {
  const tmp = tempDir('system-bench-');
  try {
    console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    const file = path.join(tmp.dir, 'visits.sqlite');
    const built = buildDatabase(file, EVENTS, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1));
    const db = openDatabase(file);
    const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    db.close();
    report('data set: visits / events', `${built.visits} / ${built.events}`);
    report('database size', `${(bytes / 1024 / 1024).toFixed(0)} MB`);

    for (const mode of ['quick', 'full'] as CheckMode[]) {
      const run = await whileLogging(tmp.dir, () => checkDatabase(file, mode));
      report(`${mode === 'quick' ? 'quick_check' : 'integrity_check'} on its worker thread (answer ${run.result.ok ? 'ok' : 'NOT ok'})`, `${(run.ms / 1000).toFixed(2)} s`);
      report(`  meanwhile: longest gap between logger commits`, `${run.longestGap.toFixed(0)} ms`, { ok: run.longestGap < 1_000, text: '< 1000 ms' });
      report(`  meanwhile: longest main-thread event-loop delay`, `${run.maxDelayMs.toFixed(0)} ms`, { ok: run.maxDelayMs < 250, text: '< 250 ms' });
    }
    // Contrast: the same check on the main thread blocks the logger for its whole length.
    const blocking = await whileLogging(tmp.dir, async () => {
      const main = openDatabase(file, { readonly: true });
      try {
        return main.pragma('quick_check', { simple: true });
      } finally {
        main.close();
      }
    });
    report('quick_check on the main thread (not used): blocked for', `${(blocking.ms / 1000).toFixed(2)} s`);
    report('  meanwhile: longest gap between logger commits', `${blocking.longestGap.toFixed(0)} ms`);
    report('  meanwhile: longest main-thread event-loop delay', `${blocking.maxDelayMs.toFixed(0)} ms`);
  } finally {
    tmp.cleanup();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
