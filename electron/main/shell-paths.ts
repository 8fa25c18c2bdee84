import fs from 'node:fs';
import path from 'node:path';
import { findAppPaths } from '../core/app-paths';
import { parseJsonOrThrow } from '../shared/json-text';
import { loadSettingsOrFault, type SettingsOutcome } from '../core/startup-fault';
import type { ShellArgs } from './shell-args';

/** Facts about the running Electron app that decide where files live. */
export type ShellEnvironment = Readonly<{
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `app.getAppPath()`: the app.asar in a packaged app, the project (or dist/electron) in development. */
  appPath: string;
  /** `process.resourcesPath`: where electron-builder puts `extraResources`. */
  resourcesPath: string;
  /** `app.getPath('userData')`. */
  userDataDir: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  args: ShellArgs;
}>;

/** Where the shell finds its files. */
export type ShellPaths = Readonly<{
  configFile: string;
  rendererDir: string;
  defaultPackDir: string;
  preload: string;
  appVersion: string;
}>;

/** Folder name of the default pack under `process.resourcesPath` (electron-builder.yml `extraResources`). */
export const PACKAGED_PACK_DIR = 'default-pack';

/**
 * Resolves the shell's paths. Packaged, the default pack is an extraResource outside
 * the asar (staff can inspect it, and media streams without asar indirection) and the
 * config sits in userData; in development both follow the web host (project and cwd).
 */
export const resolveShellPaths = (shell: ShellEnvironment): ShellPaths => {
  const app = findAppPaths(shell.appPath);
  const defaultConfig = shell.isPackaged
    ? path.join(shell.userDataDir, 'kiosk.config.json')
    : path.join(shell.cwd, 'kiosk.config.json');
  return {
    configFile: shell.args.config ?? shell.env.KIOSK_CONFIG ?? defaultConfig,
    rendererDir: app.rendererDir,
    defaultPackDir: shell.isPackaged ? path.join(shell.resourcesPath, PACKAGED_PACK_DIR) : app.defaultPackDir,
    preload: path.join(app.root, 'dist', 'electron', 'preload.cjs'),
    appVersion: app.appVersion,
  };
};

/**
 * Loads the settings like the web host does, except that a packaged kiosk keeps its
 * data in userData unless the config file or KIOSK_DATA_DIR says otherwise: the
 * install folder may be read-only, and userData survives updates. A bad config is a
 * fault to show on screen, not an exit (see core/startup-fault.ts).
 */
export const loadShellSettings = (shell: ShellEnvironment, configFile: string): SettingsOutcome => {
  const dataDirChosen = Boolean(shell.env.KIOSK_DATA_DIR) || configSetsDataDir(configFile);
  const overrides = shell.isPackaged && !dataDirChosen ? { dataDir: path.join(shell.userDataDir, 'data') } : {};
  return loadSettingsOrFault({ configFile, env: shell.env, overrides });
};

/** True when the config file names a dataDir; unreadable files are left for loadSettings to report. */
const configSetsDataDir = (file: string): boolean => {
  try {
    const json: unknown = parseJsonOrThrow(fs.readFileSync(file, 'utf8'));
    return typeof json === 'object' && json !== null && Object.hasOwn(json, 'dataDir');
  } catch {
    return false;
  }
};
