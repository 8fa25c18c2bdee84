import path from 'node:path';
import { findAppPaths } from '../core/app-paths';
import { parseCommandLine, stringOption, UsageError, wantsHelp } from '../core/cli-args';
import type { KioskCore } from '../core/kiosk-core';
import { startCoreSafely } from '../core/start-core';
import { loadSettingsOrFault } from '../core/startup-fault';
import { fontSourceFor } from '../core/report/report-fonts';
import { createChromiumPdfPrinter, findChromium, printUserOf } from './chromium-pdf-printer';
import { EXIT_CODES } from '../shared/exit-codes';
import { createWebShellControl, type StopHost } from './shell-control';
import { rendererBuilt, startWebHost, WEB_MEDIA_BASE, type WebHost } from './web-host';

/**
 * Entry of the web host: `node dist/web/serve.cjs [--config FILE] [--port N]`.
 * Prints `KIOSK_URL=<url>` on stdout once it listens (scripts wait for that line).
 */
const main = async (): Promise<void> => {
  const args = parseServeArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const paths = findAppPaths(path.dirname(process.argv[1] ?? process.cwd()));
  // A bad config is shown on the kiosk's screen (app:info.startupFault), never an exit: see core/start-core.ts.
  const outcome = loadSettingsOrFault({
    configFile: args.config ?? process.env.KIOSK_CONFIG ?? path.join(process.cwd(), 'kiosk.config.json'),
    env: process.env,
    overrides: args.port === undefined ? {} : { webPort: args.port },
  });
  // KIOSK_RENDERER_DIR serves another build (benchmarks compare against a blank page).
  const rendererDir = process.env.KIOSK_RENDERER_DIR ?? paths.rendererDir;
  if (!rendererBuilt(rendererDir)) {
    throw new Error(`renderer not built: ${rendererDir}/index.html missing (run "npm run build")`);
  }
  // The System screen's restart / exit to desktop end this process with a code its supervisor reads (shell-control.ts).
  let stop: StopHost | null = null;
  const core = startCoreSafely(outcome, {
    appVersion: paths.appVersion,
    shell: createWebShellControl((reason, exitCode) => stop?.(reason, exitCode)),
    mediaBase: WEB_MEDIA_BASE,
    defaultPackDir: paths.defaultPackDir,
    ...reportPrinting(paths.root, rendererDir),
  });
  const { settings } = core;
  const host = await startWebHost({ core, rendererDir, port: settings.webPort });
  process.stdout.write(`KIOSK_URL=${host.url}\n`);
  core.log.info('web host listening', { url: host.url, dataDir: settings.dataDir });
  stop = installShutdown(host, core);
};

/** The report prints with the machine's Chromium (the same browser the kiosk mode opens), when there is one. */
const reportPrinting = (root: string, rendererDir: string) => {
  const chromium = findChromium(process.env);
  if (!chromium) return {};
  return { report: { printer: createChromiumPdfPrinter(chromium, printUserOf(process.env, process.getuid?.() ?? null)), fonts: fontSourceFor(root, rendererDir) } };
};

/** Every way out: signals exit 0, the shell control its own code; each flushes and closes the core first. */
const installShutdown = (host: WebHost, core: Pick<KioskCore, 'close' | 'log'>): StopHost => {
  let stopping = false;
  const stop: StopHost = (reason, exitCode) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${reason}: flushing and closing\n`);
    core.log.info('web host stopping', { reason, exitCode });
    void host
      .close()
      .then(core.close)
      .then(() => process.exit(exitCode));
  };
  process.on('SIGINT', () => stop('SIGINT', EXIT_CODES.stopped));
  process.on('SIGTERM', () => stop('SIGTERM', EXIT_CODES.stopped));
  return stop;
};

const USAGE = `usage: node dist/web/serve.cjs [--config FILE] [--port N]
  Serves the kiosk on 127.0.0.1 and prints KIOSK_URL=<url> once it listens.`;

/** The web host's flags, with the shared grammar (electron/core/cli-args.ts). */
const parseServeArgs = (argv: string[]): { config?: string; port?: number; help?: true } => {
  const line = parseCommandLine(argv, { config: { type: 'string' }, port: { type: 'string' } }, { positionals: false });
  if (wantsHelp(line)) return { help: true };
  const config = stringOption(line, 'config');
  const portText = stringOption(line, 'port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`--port: "${portText}" is not a port number`);
  return { ...(config === undefined ? {} : { config }), ...(port === undefined ? {} : { port }) };
};

main().catch((error: unknown) => {
  process.stderr.write(`kiosk web host: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exit(1); // as before the shared parser: scripts wait for KIOSK_URL or exit 1
});
