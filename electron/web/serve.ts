import path from 'node:path';
import { findAppPaths } from '../core/app-paths';
import { startCoreSafely } from '../core/start-core';
import { loadSettingsOrFault } from '../core/startup-fault';
import { rendererBuilt, startWebHost, WEB_MEDIA_BASE, type WebHost } from './web-host';

/**
 * Entry of the web host: `node dist/web/serve.cjs [--config FILE] [--port N]`.
 * Prints `KIOSK_URL=<url>` on stdout once it listens (scripts wait for that line).
 */
const main = async (): Promise<void> => {
  const args = parseArgs(process.argv.slice(2));
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
  const core = startCoreSafely(outcome, {
    appVersion: paths.appVersion,
    shell: 'web',
    mediaBase: WEB_MEDIA_BASE,
    defaultPackDir: paths.defaultPackDir,
  });
  const { settings } = core;
  const host = await startWebHost({ core, rendererDir, port: settings.webPort });
  process.stdout.write(`KIOSK_URL=${host.url}\n`);
  core.log.info('web host listening', { url: host.url, dataDir: settings.dataDir });
  installShutdown(host, core.close);
};

const installShutdown = (host: WebHost, closeCore: () => Promise<void>) => {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: flushing and closing\n`);
    void host
      .close()
      .then(closeCore)
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

const parseArgs = (argv: string[]): { config?: string; port?: number } => {
  const out: { config?: string; port?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--config' && value) out.config = value;
    else if (flag === '--port' && value) out.port = Number(value);
    else throw new Error(`unknown argument "${flag}" (expected --config FILE or --port N)`);
    i++;
  }
  return out;
};

main().catch((error: unknown) => {
  process.stderr.write(`kiosk web host: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
