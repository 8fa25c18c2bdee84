import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseShellArgs, relaunchArgs, RELAUNCH_FLAG } from '../../electron/main/shell-args';
import { loadShellSettings, resolveShellPaths, type ShellEnvironment } from '../../electron/main/shell-paths';
import { applyKioskSwitches } from '../../electron/main/chromium-switches';
import { FakeApp } from '../fixtures/fake-electron';
import { UsageError } from '../../electron/core/cli-args';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-shell-'));
  temps.push(dir);
  return dir;
};
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const environment = (over: Partial<ShellEnvironment> = {}): ShellEnvironment => ({
  isPackaged: false,
  appPath: ROOT,
  resourcesPath: '/opt/kiosk/resources',
  userDataDir: '/home/kiosk/.config/changjiahui-kiosk',
  cwd: '/srv/kiosk',
  env: {},
  args: { relaunches: 0 },
  ...over,
});

describe('shell arguments', () => {
  it('reads --config in both spellings and ignores Chromium switches', () => {
    expect(parseShellArgs(['dist/electron/main.cjs', '--config', '/etc/kiosk.json', '--no-sandbox'])).toEqual({ config: '/etc/kiosk.json', relaunches: 0 });
    expect(parseShellArgs(['--config=/etc/k.json'])).toEqual({ config: '/etc/k.json', relaunches: 0 });
    expect(parseShellArgs([])).toEqual({ relaunches: 0 });
  });

  it('parses --set-pin staff|admin (the integrator wires the prompt) and refuses another role', () => {
    expect(parseShellArgs(['main.cjs', '--set-pin', 'admin']).setPin).toBe('admin');
    expect(parseShellArgs(['--set-pin=staff', '--no-sandbox']).setPin).toBe('staff');
    expect(parseShellArgs(['main.cjs']).setPin).toBeUndefined();
    expect(() => parseShellArgs(['--set-pin', 'root'])).toThrow(UsageError);
    expect(() => parseShellArgs(['--set-pin'])).toThrow(/--set-pin needs a value/);
  });

  it('carries the relaunch count and refuses nonsense counts', () => {
    expect(parseShellArgs([`${RELAUNCH_FLAG}=2`]).relaunches).toBe(2);
    expect(parseShellArgs([`${RELAUNCH_FLAG}=-1`]).relaunches).toBe(0);
    expect(parseShellArgs([`${RELAUNCH_FLAG}=x`]).relaunches).toBe(0);
  });

  it('builds relaunch arguments with exactly one, updated count', () => {
    const args = relaunchArgs(['main.cjs', '--config', 'k.json', `${RELAUNCH_FLAG}=1`], 2);
    expect(args).toEqual(['main.cjs', '--config', 'k.json', `${RELAUNCH_FLAG}=2`]);
    expect(parseShellArgs(args)).toEqual({ config: 'k.json', relaunches: 2 });
  });

  it('switches off pinch and swipe navigation in Chromium', () => {
    const app = new FakeApp();
    applyKioskSwitches(app.commandLine);
    expect(app.switches).toEqual([
      ['disable-pinch', undefined],
      ['overscroll-history-navigation', '0'],
    ]);
  });
});

describe('shell paths', () => {
  it('in development uses the project folders and cwd config, like the web host', () => {
    const paths = resolveShellPaths(environment());
    expect(paths).toEqual({
      configFile: '/srv/kiosk/kiosk.config.json',
      rendererDir: path.join(ROOT, 'dist', 'renderer'),
      defaultPackDir: path.join(ROOT, 'assets', 'default-pack'),
      preload: path.join(ROOT, 'dist', 'electron', 'preload.cjs'),
      appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown as string,
    });
  });

  it('packaged, finds the default pack under resourcesPath and the config in userData', () => {
    const paths = resolveShellPaths(environment({ isPackaged: true }));
    expect(paths.defaultPackDir).toBe('/opt/kiosk/resources/default-pack');
    expect(paths.configFile).toBe('/home/kiosk/.config/changjiahui-kiosk/kiosk.config.json');
  });

  it('prefers --config over KIOSK_CONFIG over the default', () => {
    expect(resolveShellPaths(environment({ env: { KIOSK_CONFIG: '/e.json' } })).configFile).toBe('/e.json');
    expect(resolveShellPaths(environment({ env: { KIOSK_CONFIG: '/e.json' }, args: { config: '/a.json', relaunches: 0 } })).configFile).toBe('/a.json');
  });

  it('packaged, keeps data in userData unless the config or env chooses a dataDir', () => {
    const dir = tempDir();
    const userDataDir = path.join(dir, 'userData');
    const none = path.join(dir, 'missing.json');
    expect(loadShellSettings(environment({ isPackaged: true, userDataDir }), none).settings.dataDir).toBe(path.join(userDataDir, 'data'));
    expect(loadShellSettings(environment({ isPackaged: false, userDataDir, cwd: dir }), none).settings.dataDir).not.toContain('userData');

    const config = path.join(dir, 'kiosk.config.json');
    fs.writeFileSync(config, JSON.stringify({ dataDir: 'venue-data', devMode: true }));
    const fromFile = loadShellSettings(environment({ isPackaged: true, userDataDir }), config).settings;
    expect(fromFile.dataDir).toBe(path.join(dir, 'venue-data'));
    expect(fromFile.devMode).toBe(true);
    const fromEnv = loadShellSettings(environment({ isPackaged: true, userDataDir, env: { KIOSK_DATA_DIR: '/var/kiosk' } }), none).settings;
    expect(fromEnv.dataDir).toBe('/var/kiosk');
  });

  it('reports a broken config file by name, as a fault to show rather than a throw', () => {
    const dir = tempDir();
    const config = path.join(dir, 'kiosk.config.json');
    fs.writeFileSync(config, '{ "idleSeconds": 1 }');
    const { settings, fault } = loadShellSettings(environment({ isPackaged: true }), config);
    expect(fault).toMatchObject({ kind: 'config', file: config, key: 'idleSeconds', blocking: true });
    expect(fault?.problem).toMatch(/kiosk\.config\.json: idleSeconds/);
    expect(settings.idleSeconds).toBe(90);
  });
});
