import { build, type BuildOptions } from 'esbuild';
import fs from 'node:fs';

/**
 * Bundles the Node-side entry points into dist/ as CommonJS: Electron's sandboxed
 * preload must be one file, and bundles start faster than a TS loader.
 * Native and Electron modules stay external (resolved at run time, unpacked from asar).
 */
const ENTRIES: ReadonlyArray<{ in: string; out: string }> = [
  { in: 'electron/main/index.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload/index.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/web/serve.ts', out: 'dist/web/serve.cjs' },
  { in: 'electron/cli/kiosk.ts', out: 'dist/cli/kiosk.cjs' },
  { in: 'electron/cli/kiosk-pack.ts', out: 'dist/cli/kiosk-pack.cjs' },
  // The export's worker thread, next to each bundle that exports: export-worker-start.ts looks beside itself.
  { in: 'electron/core/visit-log/export-worker.ts', out: 'dist/electron/export-worker.cjs' },
  { in: 'electron/core/visit-log/export-worker.ts', out: 'dist/cli/export-worker.cjs' },
  { in: 'electron/core/visit-log/export-worker.ts', out: 'dist/web/export-worker.cjs' },
];

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  // CommonJS has no import.meta: the directory of the bundle is what code asking for its own directory needs.
  define: { 'import.meta.dirname': '__dirname' },
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * The command-line tools also load sharp (kiosk-pack's image decoder) at run time: its
 * prebuilt libvips binary comes as an @img/* package and cannot be bundled. The app's
 * bundles never import it, and electron-builder leaves it out of the app.
 */
const externalFor = (out: string) =>
  out.startsWith('dist/cli/') ? [...(common.external ?? []), 'sharp'] : common.external;

const main = async () => {
  const present = ENTRIES.filter((entry) => fs.existsSync(entry.in));
  await Promise.all(
    present.map((entry) =>
      build({ ...common, external: externalFor(entry.out), entryPoints: [entry.in], outfile: entry.out }),
    ),
  );
  process.stdout.write(`bundled ${present.map((e) => e.out).join(', ')}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
