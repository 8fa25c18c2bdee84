import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setPin } from '../../electron/core/admin';
import type { VisitLog } from '../../electron/core/visit-log';
import { createCentralDb } from '../fixtures/fleet/central';
import { FLEET_PIN, populateFleet } from '../fixtures/fleet/serve';
import { startTestPostgres } from '../fixtures/postgres';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'kiosk.cjs');

export { FLEET_PIN };

/** A running `kiosk fleet serve` (the built CLI) over a real PostgreSQL holding three kiosks' synced visits. */
export type FleetDashboardProcess = Readonly<{ url: string; logs: Map<string, VisitLog>; stop(): Promise<void> }>;

/**
 * Starts a private PostgreSQL, merges three kiosks' last 14 days into it (real
 * visit logs, real sync), sets the dashboard's admin PIN, and runs
 * `node dist/cli/kiosk.cjs fleet serve --port 0`; resolves on its FLEET_URL line.
 */
export const startFleetDashboard = async (): Promise<FleetDashboardProcess> => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} missing: run "npm run build" first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-e2e-fleet-'));
  const server = await startTestPostgres();
  const central = await createCentralDb(server, 'e2e');
  const logs = await populateFleet(central, dir, Date.now(), 14);
  const stateDir = path.join(dir, 'state');
  fs.mkdirSync(stateDir);
  await setPin(stateDir, 'admin', FLEET_PIN);
  // The URL through the environment, as docs/fleet.md advises (not on the process list).
  const child = spawn(process.execPath, [CLI, 'fleet', 'serve', '--port', '0', '--state-dir', stateDir], {
    env: { ...process.env, KIOSK_FLEET_POSTGRES: central.url, KIOSK_RENDERER_DIR: path.join(ROOT, 'dist', 'renderer') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`fleet serve did not start in 20 s:\n${stderr}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /FLEET_URL=(\S+)/.exec((stdout += chunk.toString()));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`fleet serve exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    logs,
    stop: async () => {
      if (child.exitCode === null) await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
      for (const log of logs.values()) log.close();
      await central.drop();
      server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
