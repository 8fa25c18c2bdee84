import { describe, expect, it } from 'vitest';
import { chooseLaunchMode, chromiumKioskArgs, type LaunchFacts } from '../../build/launcher/launch-mode';

const facts = (overrides: Partial<LaunchFacts> = {}): LaunchFacts => ({
  requested: null,
  electronPath: null,
  electronProblem: 'download failed: getaddrinfo ENOTFOUND',
  chromiumPath: '/usr/bin/chromium',
  hasDisplay: true,
  ...overrides,
});

describe('chooseLaunchMode', () => {
  it('runs Electron when its runtime is installed', () => {
    const choice = chooseLaunchMode(facts({ electronPath: '/x/electron', electronProblem: null }));
    expect(choice).toMatchObject({ mode: 'electron', electronPath: '/x/electron' });
  });

  it('falls back to Chromium kiosk mode and says why', () => {
    const choice = chooseLaunchMode(facts());
    expect(choice.mode).toBe('chromium');
    expect(choice.reason).toContain('ENOTFOUND');
  });

  it('serves only when there is no display or no browser', () => {
    expect(chooseLaunchMode(facts({ hasDisplay: false })).mode).toBe('serve');
    expect(chooseLaunchMode(facts({ chromiumPath: null })).reason).toContain('no Chromium');
    expect(chooseLaunchMode(facts({ electronPath: '/x/electron', hasDisplay: false })).mode).toBe('serve');
  });

  it('honours --browser and --serve even with Electron present', () => {
    expect(chooseLaunchMode(facts({ requested: 'browser', electronPath: '/x/electron' })).mode).toBe('chromium');
    expect(chooseLaunchMode(facts({ requested: 'serve', electronPath: '/x/electron' })).mode).toBe('serve');
  });

  it('does not silently swap to a browser when Electron was demanded', () => {
    const choice = chooseLaunchMode(facts({ requested: 'electron' }));
    expect(choice.mode).toBe('serve');
    expect(choice.reason).toContain('--electron');
  });
});

describe('chromiumKioskArgs', () => {
  it('opens the URL as a kiosk app with its own profile', () => {
    const args = chromiumKioskArgs('http://127.0.0.1:8765/', '/data/profile', false);
    expect(args).toContain('--kiosk');
    expect(args).toContain('--app=http://127.0.0.1:8765/');
    expect(args).toContain('--user-data-dir=/data/profile');
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumKioskArgs('http://x/', '/p', true)).toContain('--no-sandbox');
    expect(chromiumKioskArgs('http://x/', '/p', false, { width: 1080, height: 1920 })).toContain('--window-size=1080,1920');
  });
});
