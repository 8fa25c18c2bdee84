import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildSync, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createExportRepo, openDatabase, readDataVersion, type EventPage } from '../../db';
import type { VisitLog } from '../../electron/core/visit-log';
import { localDateWindow } from '../../electron/core/visit-log/date-range';
import { runExport } from '../../electron/core/visit-log/export';
import { createBufferPool, formatPage } from '../../electron/core/visit-log/export-page';
import { startWorkerFormatter } from '../../electron/core/visit-log/export-pool';
import { generateVisits, NASTY_TEXTS } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OFFSET = 480;
const localMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`) - OFFSET * 60_000;
const FROM = '2026-01-01';
const TO = '2026-01-31';
// Worker threads compile export-worker.ts with tsx when running from sources: seconds on a busy box.
const SLOW = 120_000;

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
beforeAll(() => {
  tmp = tempDir('visit-parallel-');
  log = testVisitLog(path.join(tmp.dir, 'data')).log;
  ingestAll(
    log,
    generateVisits({
      seed: 23,
      visits: 500,
      fromMs: localMidnight('2025-12-28'),
      toMs: localMidnight('2026-02-03'),
      texts: NASTY_TEXTS,
    }),
  );
});
afterAll(() => {
  log.close();
  tmp.cleanup();
});

const exportWith = async (name: string, format: 'csv' | 'jsonl', workers: number) => {
  const reader = openDatabase(log.databaseFile, { readonly: true });
  try {
    return await runExport({
      from: FROM,
      to: TO,
      format,
      outDir: path.join(tmp.dir, name),
      kioskId: 'kiosk-test',
      utcOffsetMinutes: OFFSET,
      reader,
      workers,
    });
  } finally {
    reader.close();
  }
};
const filesOf = (name: string) => fs.readdirSync(path.join(tmp.dir, name)).sort();
const read = (name: string, file: string) => fs.readFileSync(path.join(tmp.dir, name, file));
const expectSameFiles = (a: string, b: string) => {
  expect(filesOf(b)).toEqual(filesOf(a));
  for (const file of filesOf(a)) expect(read(b, file).equals(read(a, file)), file).toBe(true);
};

/** The pages of the test range and their events as one thread formats them. */
const pagesAndBytes = (format: 'csv' | 'jsonl') => {
  const reader = openDatabase(log.databaseFile, { readonly: true });
  reader.exec('BEGIN');
  const repo = createExportRepo(reader);
  const pages = [...repo.visitPages(format, localDateWindow(FROM, TO, OFFSET))].map((p) => p.events);
  let local = 0;
  const formatLocally = (page: EventPage) => {
    local++;
    return { ...formatPage(repo, format, page), release: () => undefined };
  };
  const expected = Buffer.concat(pages.map((page) => formatPage(repo, format, page).bytes));
  return { reader, pages, formatLocally, expected, localCalls: () => local };
};

const collect = async (
  formatter: ReturnType<typeof startWorkerFormatter>,
  pages: readonly EventPage[],
) => {
  const tickets = pages.map((page) => formatter.format(page));
  const parts: Buffer[] = [];
  for (const ticket of tickets) {
    const page = await ticket.result();
    parts.push(Buffer.from(page.bytes));
    page.release();
  }
  return Buffer.concat(parts);
};

describe('export on worker threads', () => {
  it(
    'writes the same bytes and manifest with two worker threads as on one thread (CSV and JSON Lines)',
    async () => {
      for (const format of ['csv', 'jsonl'] as const) {
        const one = await exportWith(`one-${format}`, format, 0);
        const two = await exportWith(`two-${format}`, format, 2);
        expect(two).toEqual(one);
        expectSameFiles(`one-${format}`, `two-${format}`);
        expect(one.files[1]!.rows).toBeGreaterThan(5_000);
      }
    },
    SLOW,
  );

  it(
    'formats pages on the workers, each on its own connection, and on the calling thread while it waits, in page order',
    async () => {
      for (const workers of [1, 2]) {
        const t = pagesAndBytes('csv');
        expect(t.pages.length).toBeGreaterThan(3);
        const formatter = startWorkerFormatter({
          setup: { file: log.databaseFile, format: 'csv' },
          workers,
          local: t.formatLocally,
          unchanged: () => true,
          pool: createBufferPool(),
        });
        try {
          await vi.waitFor(() => expect(formatter.working()).toBe(workers), { timeout: SLOW, interval: 50 });
          expect((await collect(formatter, t.pages)).equals(t.expected)).toBe(true);
          // The first pages went to the workers; the caller, asking for the first
          // before any worker could answer, formatted waiting ones meanwhile.
          expect(t.localCalls()).toBeGreaterThan(0);
          expect(t.localCalls()).toBeLessThan(t.pages.length);
        } finally {
          await formatter.close();
          t.reader.close();
        }
      }
    },
    SLOW,
  );

  it(
    'formats on the calling thread, with the same bytes, when a commit came between the snapshots or a worker cannot start',
    async () => {
      for (const [setupFile, unchanged] of [
        [log.databaseFile, false],
        [path.join(tmp.dir, 'no-such.sqlite'), true],
      ] as const) {
        const t = pagesAndBytes('csv');
        const formatter = startWorkerFormatter({
          setup: { file: setupFile, format: 'csv' },
          workers: 2,
          local: t.formatLocally,
          unchanged: () => unchanged,
          pool: createBufferPool(),
        });
        try {
          expect((await collect(formatter, t.pages)).equals(t.expected)).toBe(true);
          expect(t.localCalls()).toBe(t.pages.length);
          expect(formatter.working()).toBe(0);
        } finally {
          await formatter.close();
          t.reader.close();
        }
      }
    },
    SLOW,
  );

  it(
    "keeps the export's snapshot: an event committed once it began is in no file",
    async () => {
      const before = await exportWith('before', 'csv', 0);
      const reader = openDatabase(log.databaseFile, { readonly: true });
      const writer = new Database(log.databaseFile);
      try {
        const seenBefore = readDataVersion(reader);
        // runExport takes its snapshot before its first await; the workers are not ready that soon.
        const running = runExport({
          from: FROM,
          to: TO,
          format: 'csv',
          outDir: path.join(tmp.dir, 'during'),
          kioskId: 'kiosk-test',
          utcOffsetMinutes: OFFSET,
          reader,
          workers: 2,
        });
        const visit = writer
          .prepare(`SELECT id, started_at FROM visits WHERE started_at >= ? ORDER BY started_at LIMIT 1`)
          .get(localMidnight(FROM)) as { id: string; started_at: number };
        writer
          .prepare(
            `INSERT INTO visit_events (visit_id, seq, id, at, type, chapter, payload) VALUES (?, 999, ?, ?, 'captions-toggled', NULL, '{"on":true}')`,
          )
          .run(visit.id, '00000000-0000-4000-8000-000000000999', visit.started_at + 1);
        const during = await running;
        expect(during).toEqual(before);
        expectSameFiles('before', 'during');
        expect(readDataVersion(reader)).not.toBe(seenBefore);
      } finally {
        writer.close();
        reader.close();
      }
      const after = await exportWith('after', 'csv', 2);
      expect(after.files[1]!.rows).toBe(before.files[1]!.rows + 1);
    },
    SLOW,
  );

  it(
    'starts its worker from the bundle next to a CommonJS bundle (as in dist/cli and dist/electron)',
    () => {
      // Inside the repository, as dist/ is: better-sqlite3 (external) resolves from the bundle's folder up.
      const cache = path.join(ROOT, 'node_modules', '.cache');
      fs.mkdirSync(cache, { recursive: true }); // absent on a fresh clone
      const out = fs.mkdtempSync(path.join(cache, 'export-parallel-'));
      // The options of build/scripts/build-node.ts that matter here: CommonJS, import.meta.dirname as __dirname.
      const common: BuildOptions = {
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['better-sqlite3'],
        define: { 'import.meta.dirname': '__dirname' },
        logLevel: 'error',
      };
      buildSync({
        ...common,
        entryPoints: [path.join(ROOT, 'electron/core/visit-log/export-worker.ts')],
        outfile: path.join(out, 'export-worker.cjs'),
      });
      buildSync({
        ...common,
        stdin: {
          contents: `import { startExportWorker } from './electron/core/visit-log/export-worker-start';
            const worker = startExportWorker({ file: process.argv[2], format: 'csv' });
            if (!worker) console.log('no worker');
            worker?.on('message', (m) => { console.log(m.type); void worker.terminate(); });
            worker?.on('error', (e) => console.log('error', e.message));`,
          resolveDir: ROOT,
          loader: 'ts',
        },
        outfile: path.join(out, 'main.cjs'),
      });
      try {
        // Run from another folder: the worker is found next to the bundle, not from the working directory.
        const stdout = execFileSync(process.execPath, [path.join(out, 'main.cjs'), log.databaseFile], {
          cwd: tmp.dir,
          encoding: 'utf8',
        });
        expect(stdout.trim()).toBe('ready');
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});
