/**
 * Visit-log benchmark: `npm run bench:log`. Every comparison runs in this one
 * process run on this machine; each contender runs more than once, alternating,
 * and the best time counts (the box is shared: the best run is the least
 * disturbed one). Prints figures, ratios, goals and PASS/MISS.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createStatsRepo, openDatabase } from '../../db';
import { statsSummary } from '../../electron/core/visit-log/stats';
import { bundleScript } from '../fixtures/visit-log/bundle';
import { tempDir } from '../fixtures/visit-log/temp';
import { buildDatabase } from './visit-log/build-db';
import { enqueueLatency, loggerInsert, makeItems, rawInsert } from './visit-log/ingest';

const INGEST_EVENTS = 100_000;
const EXPORT_EVENTS = 1_000_000;
const RUNS = 3;
const EXPORT_RUNS = 5;
/** An .xlsx export of 1M events takes seconds, not a fraction of one: fewer runs. */
const XLSX_RUNS = 2;
const OFFSET_MS = 480 * 60_000;

const results: string[] = [];
const verdict = (name: string, figure: string, pass: boolean, goal: string) => {
  const line = `${pass ? 'PASS' : 'MISS'}  ${name}: ${figure}  (goal ${goal})`;
  results.push(line);
  console.log(line);
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const best = (xs: number[]) => Math.min(...xs);

const main = async () => {
  const tmp = tempDir('visit-bench-');
  try {
    console.log(`node ${process.version}, ${process.platform}, load average ${fsLoad()}`);

    // 1. Ingest: logger vs raw single-transaction insert of the same rows.
    const items = makeItems(INGEST_EVENTS);
    const raw: number[] = [];
    const logged: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = path.join(tmp.dir, `raw-${i}`);
      const b = path.join(tmp.dir, `logger-${i}`);
      raw.push(rawInsert(a, items));
      logged.push(await loggerInsert(b, items));
      fs.rmSync(a, { recursive: true });
      fs.rmSync(b, { recursive: true });
    }
    console.log(`ingest ${items.length} rows: raw ${raw.map(ms).join(' / ')}; logger ${logged.map(ms).join(' / ')}`);
    const ingestRatio = best(raw) / best(logged);
    verdict(
      'ingest throughput, logger / raw',
      `${ingestRatio.toFixed(2)} (logger ${Math.round(items.length / (best(logged) / 1000)).toLocaleString('en-US')} rows/s, raw ${Math.round(items.length / (best(raw) / 1000)).toLocaleString('en-US')} rows/s)`,
      ingestRatio >= 0.8,
      '≥ 0.80',
    );

    const lat = await enqueueLatency(tmp.dir, items);
    const p = (q: number) => lat[Math.min(lat.length - 1, Math.floor(lat.length * q))]! / 1000;
    verdict(
      'enqueue latency',
      `p50 ${p(0.5).toFixed(2)} µs, p99 ${p(0.99).toFixed(2)} µs, max ${(lat.at(-1)! / 1000).toFixed(0)} µs`,
      p(0.99) <= 50,
      'p99 ≤ 50 µs',
    );

    // 2. A 1,000,000-event database (January 2026, local time +08:00).
    const db1m = path.join(tmp.dir, 'bench-1m.sqlite');
    const t0 = performance.now();
    const built = buildDatabase(
      db1m,
      EXPORT_EVENTS,
      Date.UTC(2026, 0, 1) - OFFSET_MS,
      Date.UTC(2026, 1, 1) - OFFSET_MS,
    );
    console.log(
      `built ${built.events.toLocaleString('en-US')} events in ${built.visits.toLocaleString('en-US')} visits in ${ms(performance.now() - t0)} (${(fs.statSync(db1m).size / 1e6).toFixed(0)} MB)`,
    );

    const db = openDatabase(db1m);
    let t = performance.now();
    const check = db.pragma('quick_check', { simple: true });
    const quickMs = performance.now() - t;
    verdict(
      'quick_check at 1M events',
      `${ms(quickMs)} (${String(check)})`,
      check === 'ok',
      'reported; runs once at start',
    );
    const stats: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      statsSummary(createStatsRepo(db), '2026-01-01', '2026-01-31', 480);
      stats.push(performance.now() - t);
    }
    verdict(
      'stats:summary over 1M events (one month)',
      `${ms(best(stats))} (runs ${stats.map(ms).join(' / ')})`,
      best(stats) < 1000,
      '< 1 s',
    );
    db.close();

    // 3. CSV export vs the sqlite3 shell's -csv export of the same table.
    const child = bundleScript(path.join(import.meta.dirname, 'visit-log', 'export-child.ts'));
    // The export's worker threads start from a bundle next to the running one, as in dist/.
    bundleScript(path.join(import.meta.dirname, '..', '..', 'electron', 'core', 'visit-log', 'export-worker.ts'));
    const ours: Array<{ ms: number; rows: number; bytes: number; maxRssKB: number; vmHwmKB: number | null }> = [];
    const shell: number[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++) {
      const out = path.join(tmp.dir, `export-${i}`);
      const json = execFileSync(process.execPath, [child, db1m, out, '2026-01-01', '2026-01-31', 'csv'], {
        encoding: 'utf8',
      });
      ours.push(JSON.parse(json) as (typeof ours)[number]);
      fs.rmSync(out, { recursive: true });
      const csvFile = path.join(tmp.dir, `shell-${i}.csv`);
      const fd = fs.openSync(csvFile, 'w');
      t = performance.now();
      const r = spawnSync('sqlite3', ['-csv', '-header', db1m, 'SELECT * FROM visit_events'], {
        stdio: ['ignore', fd, 'inherit'],
      });
      shell.push(performance.now() - t);
      fs.closeSync(fd);
      if (r.status !== 0) throw new Error('sqlite3 shell failed');
      console.log(
        `export run ${i + 1}: ours ${ms(ours[i]!.ms)} (${ours[i]!.rows} rows, ${(ours[i]!.bytes / 1e6).toFixed(0)} MB), sqlite3 -csv ${ms(shell[i]!)} (${(fs.statSync(csvFile).size / 1e6).toFixed(0)} MB)`,
      );
      fs.rmSync(csvFile);
    }
    const oursBest = best(ours.map((o) => o.ms));
    const exportRatio = oursBest / best(shell);
    verdict(
      'CSV export of 1M events, ours / sqlite3 -csv',
      `${exportRatio.toFixed(2)} (ours ${ms(oursBest)}, sqlite3 ${ms(best(shell))})`,
      exportRatio <= 1.0,
      '≤ 1.00',
    );
    const maxRss = Math.max(...ours.map((o) => o.maxRssKB)) / 1024;
    const hwm = ours.every((o) => o.vmHwmKB !== null) ? Math.max(...ours.map((o) => o.vmHwmKB!)) / 1024 : null;
    console.log(
      `export child peak memory: resourceUsage().maxRSS ${maxRss.toFixed(0)} MB (on Linux this includes the forking parent's peak, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB here)` +
        (hwm === null ? '' : `, /proc/self/status VmHWM ${hwm.toFixed(0)} MB (the child's own)`),
    );
    const rss = hwm ?? maxRss;
    verdict(
      `export peak RSS (child ${hwm === null ? 'maxRSS' : 'VmHWM'})`,
      `${rss.toFixed(0)} MB`,
      rss <= 100,
      '≤ 100 MB',
    );

    // 4. The Excel workbook of the same range, beside the CSV figures (same child, same memory goal).
    const xlsx = exportRuns(child, db1m, tmp.dir, 'xlsx', XLSX_RUNS);
    const peak = (runs: typeof ours) => (runs.every((o) => o.vmHwmKB !== null) ? Math.max(...runs.map((o) => o.vmHwmKB!)) : Math.max(...runs.map((o) => o.maxRssKB))) / 1024;
    const xlsxBest = best(xlsx.map((o) => o.ms));
    verdict(
      'xlsx export of 1M events (time; ratio to our CSV)',
      `${ms(xlsxBest)}, ${(xlsxBest / oursBest).toFixed(1)}× CSV (${ms(oursBest)}); ${(xlsx[0]!.bytes / 1e6).toFixed(0)} MB vs CSV ${(ours[0]!.bytes / 1e6).toFixed(0)} MB; ${xlsx[0]!.rows.toLocaleString('en-US')} rows`,
      true,
      'reported',
    );
    verdict(
      'xlsx export peak RSS (child, as above; ratio to CSV)',
      `${peak(xlsx).toFixed(0)} MB, ${(peak(xlsx) / peak(ours)).toFixed(2)}× CSV (${peak(ours).toFixed(0)} MB)`,
      peak(xlsx) <= 100,
      '≤ 100 MB',
    );

    console.log('\nsummary');
    for (const line of results) console.log(`  ${line}`);
  } finally {
    tmp.cleanup();
  }
};

type ExportRun = { ms: number; rows: number; bytes: number; maxRssKB: number; vmHwmKB: number | null };

/** Runs the export child `runs` times on the one-month range; each run in a fresh folder, removed after. */
const exportRuns = (child: string, db: string, dir: string, format: 'csv' | 'xlsx', runs: number): ExportRun[] =>
  Array.from({ length: runs }, (_, i) => {
    const out = path.join(dir, `export-${format}-${i}`);
    const run = JSON.parse(execFileSync(process.execPath, [child, db, out, '2026-01-01', '2026-01-31', format], { encoding: 'utf8' })) as ExportRun;
    fs.rmSync(out, { recursive: true });
    console.log(`${format} export run ${i + 1}: ${ms(run.ms)} (${run.rows} rows, ${(run.bytes / 1e6).toFixed(0)} MB, VmHWM ${run.vmHwmKB === null ? 'n/a' : `${(run.vmHwmKB / 1024).toFixed(0)} MB`})`);
    return run;
  });

const fsLoad = () => {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
};

void main();
