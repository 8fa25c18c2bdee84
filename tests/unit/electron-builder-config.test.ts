import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGED_PACK_DIR } from '../../electron/main/shell-paths';

const ROOT = path.resolve(import.meta.dirname, '../..');
// electron-builder's own parser and validator, loaded like electron-builder loads them (untyped CJS).
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean }): Promise<void>;
};

type FileSet = { from: string; to: string; filter?: string[] };
type Config = {
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  extraResources: FileSet[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; maintainer?: string; extraResources: FileSet[] };
  win: { target: Array<{ target: string }> };
  nsis: { deleteAppDataOnUninstall: boolean };
};

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('is valid against the installed electron-builder scheme.json', async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
    // Compiling the 1 MB schema takes seconds on a busy 2-core machine.
  }, 60_000);

  it('the validator really refuses misspelt options (so the test above means something)', async () => {
    await expect(validateConfiguration({ ...config, electronFuses: { runAsnode: false } }, { isEnabled: false })).rejects.toThrow(/electronFuses/);
    await expect(validateConfiguration({ ...config, asarUnpacked: ['x'] }, { isEnabled: false })).rejects.toThrow(/asarUnpacked/);
  });

  it('flips the fuses of the Electron security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into asar with native addons unpacked, rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(true);
  });

  it('ships the bundles and keeps better-sqlite3, the one runtime node_module', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json']));
    expect(config.files.filter((f) => f.startsWith('!')).join(' ')).not.toMatch(/better-sqlite3|bindings/);
    const bundleScript = fs.readFileSync(path.join(ROOT, 'build/scripts/build-node.ts'), 'utf8');
    expect(bundleScript).toMatch(/external: \['electron', 'better-sqlite3'\]/);
  });

  it('ships the default pack where the packaged shell looks for it', () => {
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'assets/default-pack', to: PACKAGED_PACK_DIR }));
  });

  it('builds AppImage and deb for Linux and NSIS for Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('has an icon electron-builder can turn into every size (PNG, at least 256 px)', () => {
    const png = fs.readFileSync(path.join(ROOT, config.linux.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });
});

describe('Linux autostart files', () => {
  const linux = path.join(ROOT, 'build', 'linux');

  it('ships both with the Linux packages', () => {
    expect(config.linux.extraResources).toContainEqual(expect.objectContaining({ from: 'build/linux' }));
  });

  it('the systemd user unit restarts the kiosk forever and gives the core time to flush', () => {
    const unit = fs.readFileSync(path.join(linux, 'changjiahui-kiosk.service'), 'utf8');
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^RestartSec=\d+$/m);
    expect(unit).toMatch(/^StartLimitIntervalSec=0$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/changjiahui-kiosk/m);
    const stopSeconds = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1]);
    expect(stopSeconds).toBeGreaterThan(5);
    expect(unit).toMatch(/^\[Install\]\nWantedBy=graphical-session\.target$/m);
  });

  it('the autostart entry is a valid application entry for the same executable', () => {
    const entry = fs.readFileSync(path.join(linux, 'changjiahui-kiosk.desktop'), 'utf8');
    expect(entry).toMatch(/^\[Desktop Entry\]$/m);
    expect(entry).toMatch(/^Type=Application$/m);
    expect(entry).toMatch(/^Exec=\/usr\/bin\/changjiahui-kiosk$/m);
    expect(entry).toMatch(/^X-GNOME-Autostart-enabled=true$/m);
  });
});
