import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A running web host on a fresh data dir, as the e2e tests and benchmarks use it. */
export type KioskProcess = Readonly<{
  url: string;
  dataDir: string;
  configFile: string;
  child: ChildProcess;
  /** Everything the host wrote to stderr and its log file, for failure attachments. */
  logText(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}>;

const SERVE = path.resolve(import.meta.dirname, '../../dist/web/serve.cjs');

/**
 * Starts `dist/web/serve.cjs` on a free port with a new temp data dir and the
 * given settings, and resolves once it prints its URL. `configText` replaces the
 * config file (bad-config tests); the port then comes from the command line.
 */
export const startKiosk = async (settings: Record<string, unknown> = {}, dataDir?: string, configText?: string): Promise<KioskProcess> => {
  if (!fs.existsSync(SERVE)) throw new Error(`${SERVE} missing: run "npm run build" first`);
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-'));
  const configFile = path.join(dir, 'kiosk.config.json');
  fs.writeFileSync(configFile, configText ?? JSON.stringify({ dataDir: dir, webPort: 0, ...settings }, null, 2));
  const portArgs = configText === undefined ? [] : ['--port', '0'];
  const child = spawn(process.execPath, [SERVE, '--config', configFile, ...portArgs], {
    env: { ...process.env, KIOSK_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start in 15 s:\n${stderr}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /KIOSK_URL=(\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${stderr}`));
    });
  });
  const logFile = path.join(dir, 'logs', 'kiosk.log');
  return {
    url,
    dataDir: dir,
    configFile,
    child,
    logText: () =>
      `${stderr}\n--- kiosk.log ---\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '(none)'}`,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
};
