import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The Electron binary installed under node_modules/electron, or null. */
export const installedElectron = (root: string): string | null => {
  const dir = path.join(root, 'node_modules', 'electron');
  try {
    const relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const binary = path.join(dir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
};

/**
 * Tries Electron's own installer (it downloads the runtime), bounded in time.
 * Returns null on success, else the reason it failed.
 */
export const downloadElectron = (root: string, timeoutMs: number): string | null => {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return 'the electron package is not installed (run npm install)';
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], timeout: timeoutMs });
  if (result.error) return `download failed: ${result.error.message}`;
  if (result.status !== 0) {
    const detail = result.stderr.toString().split('\n').find((line) => line.trim()) ?? `exit ${result.status}`;
    return `download failed: ${detail.trim()}`;
  }
  return null;
};

const CHROMIUM_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** System Chromium, Chrome or Edge; CHROMIUM_PATH overrides. */
export const findChromium = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null => {
  const candidates = [env.CHROMIUM_PATH, ...(CHROMIUM_CANDIDATES[platform] ?? [])];
  return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))) ?? null;
};

/** Whether a window can be opened: always on Windows/macOS, on Linux only with X11 or Wayland. */
export const hasDisplay = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean =>
  platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

/**
 * The X screen's size via xdpyinfo, so a kiosk window without a window manager
 * (bare X, Xvfb) still covers the screen. Null when unknown.
 */
export const x11ScreenSize = (env: NodeJS.ProcessEnv): { width: number; height: number } | null => {
  if (!env.DISPLAY) return null;
  const result = spawnSync('xdpyinfo', [], { env, encoding: 'utf8', timeout: 5_000 });
  const match = /dimensions:\s+(\d+)x(\d+)/.exec(result.stdout ?? '');
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
};
