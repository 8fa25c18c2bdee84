/**
 * Admin benchmark: `npm run bench:admin`. The dashboard's query (`stats:dashboard`,
 * which also reads the previous period) over 30 days × 1,000 visits a day, on a
 * real SQLite file written through the visit repository. Goal: the dashboard
 * opens within 1 s on the shared 2-core box. Best of several runs counts (the
 * box is shared), the first (cold statements) is shown too; one line per query
 * says where the time goes.
 */
import os from 'node:os';
import path from 'node:path';
import { createDashboardRepo, createStatsRepo, openDatabase } from '../../db';
import { localDateWindow } from '../../electron/core/visit-log/date-range';
import { statsDashboard } from '../../electron/core/visit-log/stats-dashboard';
import { writeVisits } from '../fixtures/visit-log/bulk';
import { generateVisits } from '../fixtures/visit-log/generate';
import { tempDir } from '../fixtures/visit-log/temp';
import { median, report } from './bench-report';

const DAYS = 30;
const PER_DAY = 1_000;
const RUNS = 7;
const OFFSET = 480;
const FROM = '2026-11-01';
const TO = '2026-11-30';

const main = () => {
  const tmp = tempDir('admin-bench-');
  try {
    console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    const start = Date.parse(`${FROM}T00:00:00+08:00`);
    // Two periods of data: the dashboard reads the 30 days before as well.
    const visits = generateVisits({ seed: 1, visits: 2 * DAYS * PER_DAY, fromMs: start - DAYS * 86_400_000, toMs: start + DAYS * 86_400_000, timeIds: true, idleTails: true });
    const db = openDatabase(path.join(tmp.dir, 'visits.sqlite'));
    const t0 = performance.now();
    writeVisits(db, visits);
    // A kiosk's database is checkpointed as it goes (the WAL stays a few MB);
    // the bulk write above leaves its last huge transaction in the WAL instead.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const events = db.prepare('SELECT COUNT(*) FROM visit_events').pluck().get() as number;
    report('data set: visits / events (two 30-day periods)', `${visits.length} / ${events}`);
    report('written in', `${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      // A fresh repository each run: the first dashboard opening prepares its statements too.
      const answer = statsDashboard(createStatsRepo(db), createDashboardRepo(db), FROM, TO, OFFSET);
      times.push(performance.now() - t);
      if (i === 0) report('dashboard visits in range (check)', String(answer.current.visits));
    }
    const best = Math.min(...times);
    report('stats:dashboard, 30 days × 1,000 visits/day: first run', `${times[0]!.toFixed(0)} ms`);
    report('stats:dashboard: median of runs', `${median(times).toFixed(0)} ms`);
    report('stats:dashboard: best of runs', `${best.toFixed(0)} ms`, { ok: best <= 1000, text: '≤ 1000 ms' });

    // Where the time goes: each query alone over the 30 days (best of 3).
    const w = localDateWindow(FROM, TO, OFFSET);
    const stats = createStatsRepo(db);
    const dash = createDashboardRepo(db);
    const queries: Array<[string, () => unknown]> = [
      ['visits per day', () => stats.visitsPerDay(w)],
      ['heat map', () => dash.heatmap(w)],
      ['funnel (chapters)', () => stats.funnel(w)],
      ['reach (past hub, all five)', () => dash.reach(w)],
      ['engaged visit time', () => dash.engaged(w)],
      ['engaged chapter dwell', () => dash.chapterDwell(w)],
      ['narration per language', () => dash.narration(w)],
      ['languages + end reasons', () => [stats.visitsPerLanguage(w), stats.visitsPerEndReason(w)]],
    ];
    for (const [name, run] of queries) {
      const q: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        run();
        q.push(performance.now() - t);
      }
      report(`  query: ${name}`, `${Math.min(...q).toFixed(0)} ms`);
    }
    db.close();
  } finally {
    tmp.cleanup();
  }
};

main();
