import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { pinFileOf, readPinFile } from '../../electron/core/admin';
import { pinMatches } from '../../electron/core/admin/pin-hash';
import { tempDir } from '../fixtures/visit-log/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('admin-cli-');
});
afterEach(() => tmp.cleanup());

/** Runs `kiosk admin …` with `stdin` piped in (not a TTY: the scripted path). */
const kiosk = (stdin: string, ...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/kiosk.ts', 'admin', ...args], { cwd: ROOT, env: { ...process.env, KIOSK_QUIET: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });

describe('kiosk admin CLI', () => {
  it('set-pin reads the PIN from piped stdin, stores only its hash, and audits it in an existing database', async () => {
    openDatabase(path.join(tmp.dir, 'visits.sqlite')).close();
    const set = await kiosk('13579\n13579\n', 'set-pin', '--role', 'admin', '--data-dir', tmp.dir);
    expect(set, set.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('admin PIN set') });
    const state = readPinFile(pinFileOf(tmp.dir));
    expect(await pinMatches('13579', state.pins.admin!)).toBe(true);
    expect(state.pins.staff).toBeUndefined();
    expect(fs.readFileSync(pinFileOf(tmp.dir), 'utf8')).not.toContain('13579');

    const same = await kiosk('13579\n', 'set-pin', '--role', 'staff', '--data-dir', tmp.dir);
    expect(same).toMatchObject({ code: 1, stderr: expect.stringContaining('must differ') });

    const audit = await kiosk('', 'audit', '--data-dir', tmp.dir);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/\tpin-changed\tok\tadmin PIN set with kiosk admin set-pin/);
  });

  it('refuses two different lines, a malformed PIN, no PIN, and bad usage, changing nothing', async () => {
    const [differ, short, none, noRole, unknown, help] = await Promise.all([
      kiosk('2468\n2469\n', 'set-pin', '--role', 'staff', '--data-dir', tmp.dir),
      kiosk('12\n', 'set-pin', '--role', 'staff', '--data-dir', tmp.dir),
      kiosk('', 'set-pin', '--role', 'staff', '--data-dir', tmp.dir),
      kiosk('2468\n', 'set-pin', '--data-dir', tmp.dir),
      kiosk('', 'set-pin', '--role', 'staff', '--frobnicate'),
      kiosk('', '--help'),
    ]);
    expect(differ).toMatchObject({ code: 1, stderr: expect.stringContaining('differ') });
    expect(short).toMatchObject({ code: 1, stderr: expect.stringContaining('4 to 8 digits') });
    expect(none).toMatchObject({ code: 1, stderr: expect.stringContaining('no PIN') });
    expect(noRole).toMatchObject({ code: 2, stderr: expect.stringContaining('--role') });
    expect(unknown.code).toBe(2);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('kiosk admin set-pin --role staff|admin') });
    expect(fs.existsSync(pinFileOf(tmp.dir))).toBe(false);
  });
});
