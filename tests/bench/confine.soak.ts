/**
 * Confinement soak (issue 15's load and fault figures): `npm run soak:confine [-- --require] [-- --events N]`.
 *  1. load: 4 pages log 20,000 events through the real web host; every acknowledged event stored.
 *  2. disk full then freed: a tmpfs data dir filled by a ballast file while pages keep logging
 *     with durable acknowledgements; every acknowledged event stored, every loss counted and reported.
 *  3. SIGKILL during an export and during a pack install; the next start leaves nothing behind and says so.
 * Exits 1 when a figure misses its goal. A figure that cannot be measured here (no tmpfs mount:
 * not root) is printed as such and fails the run only with --require.
 */
import { parseArgs } from 'node:util';
import { diskFullFigures } from './confine/disk-full';
import { printFigures, type Figure } from './confine/figures';
import { killFigures } from './confine/kill';
import { loadFigures } from './confine/load';
import { tempDir } from '../fixtures/visit-log/temp';

const { values } = parseArgs({
  options: {
    require: { type: 'boolean', default: false },
    events: { type: 'string', default: '20000' },
    only: { type: 'string' },
  },
});
const events = Number(values.events);
const parts: Record<string, (root: string) => Promise<Figure[]>> = {
  load: (root) => loadFigures(root, events),
  disk: (root) => diskFullFigures(root, values.require),
  kill: (root) => killFigures(root),
};

const main = async () => {
  const tmp = tempDir('confine-soak-');
  const started = performance.now();
  let ok = true;
  try {
    for (const [name, run] of Object.entries(parts)) {
      if (values.only && values.only !== name) continue;
      const t = performance.now();
      ok = printFigures(await run(tmp.dir)) && ok;
      console.log(`  (${name}: ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }
  } finally {
    tmp.cleanup();
  }
  console.log(`${ok ? 'PASS' : 'MISS'} confinement soak in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = ok ? 0 : 1;
};
void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
