import { createEventBus } from '../../../electron/core/event-bus';
import { createPackService } from '../../../electron/core/packs/pack-service';
import { loadSettings } from '../../../electron/core/settings';

/**
 * Child of the pack benchmark: one verify + install in a fresh process, so its
 * peak RSS is the install's own. Prints one JSON line with the timings and maxRSS.
 * Usage: node install-child.cjs DATA_DIR BUNDLED_DIR SOURCE
 */
const [dataDir = '', bundled = '', source = ''] = process.argv.slice(2);
const quiet = {
  info: () => {},
  warn: () => {},
  error: (m: string, e?: unknown) => process.stderr.write(`${m} ${String(e)}\n`),
};
const phases: Record<string, number> = {};
const started = performance.now();
const bus = createEventBus();
bus.subscribe((event) => {
  if (event.name === 'packs:progress' && !(event.payload.phase in phases))
    phases[event.payload.phase] = performance.now() - started;
});
const service = createPackService({
  settings: loadSettings({ overrides: { dataDir } }),
  appVersion: '0.1.0',
  defaultPackDir: bundled,
  bus,
  log: quiet,
  clock: () => new Date(),
});
service.installer
  .install({ source })
  .then((outcome) => {
    const ms = performance.now() - started;
    process.stdout.write(
      `${JSON.stringify({ ms, phases, bytes: outcome.bytes, files: outcome.files, maxRssKb: process.resourceUsage().maxRSS })}\n`,
    );
  })
  .catch((error: unknown) => {
    process.stderr.write(`install failed: ${String(error)}\n`);
    process.exitCode = 1;
  });
