import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppLog } from '../../electron/core/app-log';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
const sizeOf = (dir: string) => fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('app log rotation', () => {
  it('rotates by size and keeps the folder under its cap, flushing on close', async () => {
    const quiet = process.env.KIOSK_QUIET;
    process.env.KIOSK_QUIET = '1';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-applog-'));
    dirs.push(dir);
    // Small limits so the test writes ~2 MB instead of the production 60 MB.
    const log = createAppLog(dir, () => new Date(), { fileSize: '64K', totalSize: '256K', maxFiles: 5, interval: '1d' });
    const filler = 'x'.repeat(900);
    for (let i = 0; i < 2000; i++) {
      log.info('filler line', { i, filler });
      if (i % 50 === 0) await pause(); // rotation happens between writes, as on a running kiosk
    }
    log.info('last line before shutdown');
    await log.close();
    process.env.KIOSK_QUIET = quiet;

    const rotated = fs.readdirSync(dir).filter((name) => /^kiosk\..+\.log$/.test(name));
    expect(rotated.length).toBeGreaterThan(0);
    expect(rotated.length).toBeLessThanOrEqual(5);
    // Rotated files under 256 K plus the live file under 64 K (+ one line of slack, + the history file).
    expect(sizeOf(dir)).toBeLessThan(256 * 1024 + 64 * 1024 + 4096);
    expect(fs.readFileSync(path.join(dir, 'kiosk.log'), 'utf8')).toContain('last line before shutdown');
  }, 60_000);

  it('a folder it cannot create leaves stderr only, never a throw', async () => {
    const file = path.join(os.tmpdir(), `kiosk-applog-file-${process.pid}`);
    fs.writeFileSync(file, '');
    const log = createAppLog(path.join(file, 'logs'));
    expect(() => log.warn('still here')).not.toThrow();
    await log.close();
    fs.rmSync(file);
  });
});
