import type { ChildProcess } from 'node:child_process';
import { startFromSources } from '../../fixtures/web-host-from-sources';

/** The real web host (electron/web/serve.ts, from sources) on a data dir, and how to stop it as systemd would. */
export type Host = Readonly<{ url: string; stderr(): string; stop(): Promise<number | string | null> }>;

/** Resolves with the exit code (or signal); SIGKILL after `graceMs` if SIGTERM is not enough. */
const stopChild = (child: ChildProcess, graceMs: number): Promise<number | string | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? child.signalCode);
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code, signal) => {
      clearTimeout(kill);
      resolve(code ?? signal);
    });
    child.kill('SIGTERM');
  });

/** Starts the host; `config` (kiosk.config.json contents) adds settings to `{ dataDir }`. */
export const startHost = async (dataDir: string, config?: Record<string, unknown>): Promise<Host> => {
  const host = await startFromSources(dataDir, config ? JSON.stringify({ dataDir, ...config }) : undefined);
  return { url: host.url, stderr: host.stderr, stop: () => stopChild(host.child, 15_000) };
};
