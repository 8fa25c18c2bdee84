import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createPinCheck } from '../../electron/core/admin/sign-in';
import { runSetPinMode } from '../../electron/main/set-pin-mode';
import type { ShellEnvironment } from '../../electron/main/shell-paths';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A packaged app's environment: config and data under userData, as on a venue PC. */
const packagedShell = (config: unknown): ShellEnvironment => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-setpin-'));
  dirs.push(userDataDir);
  fs.writeFileSync(path.join(userDataDir, 'kiosk.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return { isPackaged: true, appPath: ROOT, resourcesPath: ROOT, userDataDir, cwd: userDataDir, env: {}, args: { relaunches: 0 } };
};

const io = (stdinText: string) => {
  const out = new PassThrough();
  const err = new PassThrough();
  const text = { out: '', err: '' };
  out.on('data', (c: Buffer) => (text.out += c.toString()));
  err.on('data', (c: Buffer) => (text.err += c.toString()));
  return { stdin: Readable.from([stdinText]) as unknown as NodeJS.ReadStream, stdout: out, stderr: err, text };
};

describe('the app binary --set-pin', () => {
  it('sets the PIN in the data folder the packaged kiosk uses, so sign-in accepts it', async () => {
    const shell = packagedShell({ kioskId: 'venue-1' });
    const streams = io('482913\n482913\n');
    expect(await runSetPinMode('admin', shell, streams)).toBe(0);
    const dataDir = path.join(shell.userDataDir, 'data');
    expect(streams.text.out).toContain(`admin PIN set in ${dataDir}`);
    const check = createPinCheck({ file: path.join(dataDir, 'admin-pins.json'), now: () => Date.now(), audit: { record: () => undefined }, warn: () => undefined });
    expect(await check.signIn('482913')).toBe('admin');
  });

  it('refuses two different entries and a bad config, changing nothing', async () => {
    const shell = packagedShell({ kioskId: 'venue-1' });
    expect(await runSetPinMode('staff', shell, io('1111\n2222\n'))).toBe(1);
    expect(fs.existsSync(path.join(shell.userDataDir, 'data', 'admin-pins.json'))).toBe(false);
    const broken = packagedShell('{ "dataDir": 7 }');
    const streams = io('1234\n');
    expect(await runSetPinMode('staff', broken, streams)).toBe(1);
    expect(streams.text.err).toMatch(/kiosk\.config\.json.*nothing changed/);
  });
});
