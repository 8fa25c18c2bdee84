import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './export-worker-messages';

/** Young generation of a worker: its garbage dies young (young-garbage.ts), and a small nursery keeps its memory down. */
const WORKER_YOUNG_MB = 2;

/** The worker's entry, bundled next to each bundle that exports (build/scripts/build-node.ts). */
const ENTRY = 'export-worker';

/**
 * Starts one export worker from wherever this code runs: the bundled entry
 * next to the running bundle (dist/cli, dist/electron, the benchmark's
 * bundle cache), or export-worker.ts when running from sources (tsx,
 * vitest). Null when neither is there.
 */
export const startExportWorker = (workerData: WorkerSetup): Worker | null => {
  // In the CommonJS bundles esbuild defines import.meta.dirname as __dirname (build-node.ts).
  const here = import.meta.dirname;
  const options = { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } };
  try {
    const bundled = [`${ENTRY}.cjs`, `${ENTRY}.mjs`].map((name) => path.join(here, name)).find((f) => fs.existsSync(f));
    if (bundled) return new Worker(bundled, options);
    const source = path.join(here, `${ENTRY}.ts`);
    if (!fs.existsSync(source)) return null;
    // Node 20 does not pass a parent's `--import` loader on to worker threads: the thread registers tsx itself.
    const boot = `import(${JSON.stringify(tsxApi(source))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
    return new Worker(boot, { ...options, eval: true });
  } catch {
    return null;
  }
};

/** File URL of tsx's ESM API (`tsx/esm/api`, import condition), as resolved from `from`. */
const tsxApi = (from: string): string => {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
};
