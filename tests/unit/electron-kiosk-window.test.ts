import { describe, expect, it } from 'vitest';
import { createKioskWindow, kioskWindowOptions, type WindowConstructor } from '../../electron/main/kiosk-window';
import { asElectron, FakeBrowserWindow } from '../fixtures/fake-electron';

const PRELOAD = '/opt/kiosk/resources/app.asar/dist/electron/preload.cjs';

describe('kiosk window', () => {
  it('is a fullscreen, frameless kiosk window without menu bar, black and hidden until painted', () => {
    const options = kioskWindowOptions({ preload: PRELOAD, devMode: false });
    expect(options).toMatchObject({
      show: false,
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      backgroundColor: '#000000',
    });
  });

  it('follows the Electron security checklist in its webPreferences', () => {
    const { webPreferences } = kioskWindowOptions({ preload: PRELOAD, devMode: false });
    expect(webPreferences).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
      spellcheck: false,
      autoplayPolicy: 'no-user-gesture-required',
    });
  });

  it('allows devtools only in devMode, with the same geometry', () => {
    const dev = kioskWindowOptions({ preload: PRELOAD, devMode: true });
    const prod = kioskWindowOptions({ preload: PRELOAD, devMode: false });
    expect(dev.webPreferences?.devTools).toBe(true);
    expect({ ...dev, webPreferences: undefined }).toEqual({ ...prod, webPreferences: undefined });
    expect(dev.webPreferences?.sandbox).toBe(true);
  });

  it('creates the window hidden and shows it on ready-to-show', () => {
    const win = createKioskWindow(asElectron<WindowConstructor>(FakeBrowserWindow), { preload: PRELOAD, devMode: false });
    const fake = asElectron<FakeBrowserWindow>(win);
    expect(fake.options.show).toBe(false);
    expect(fake.visible).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.visible).toBe(true);
    expect(fake.calls).toEqual(['show', 'focus']);
  });
});
