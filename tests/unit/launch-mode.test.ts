import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseLaunchMode, chromiumKioskArgs, type LaunchFacts } from '../../build/launcher/launch-mode';
import { planBrowser } from '../../build/launcher/browser-user';

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
    const args = chromiumKioskArgs('http://127.0.0.1:8765/', '/data/profile');
    expect(args).toContain('--kiosk');
    expect(args).toContain('--app=http://127.0.0.1:8765/');
    expect(args).toContain('--user-data-dir=/data/profile');
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumKioskArgs('http://x/', '/p', { width: 1080, height: 1920 })).toContain('--window-size=1080,1920');
  });
});

describe('planBrowser: never a silent --no-sandbox as root', () => {
  const args = ['--kiosk', '--app=http://127.0.0.1:1/'];
  it('a normal user runs the browser directly', () => {
    expect(planBrowser({ uid: 1000, sudoUser: undefined, runuserPath: null }, '/usr/bin/chromium', args)).toEqual({ run: 'direct', command: '/usr/bin/chromium', args });
  });

  it('root via sudo runs it as the sudo caller through runuser, sandbox on', () => {
    const plan = planBrowser({ uid: 0, sudoUser: 'venue', runuserPath: '/usr/sbin/runuser' }, '/usr/bin/chromium', args);
    expect(plan).toMatchObject({ run: 'as-user', user: 'venue', command: '/usr/sbin/runuser', args: ['-u', 'venue', '--', '/usr/bin/chromium', ...args] });
    expect(JSON.stringify(plan)).not.toContain('no-sandbox');
  });

  it('root with no known user (or SUDO_USER=root, or no runuser) refuses and says how', () => {
    for (const who of [
      { uid: 0, sudoUser: undefined, runuserPath: '/usr/sbin/runuser' },
      { uid: 0, sudoUser: 'root', runuserPath: '/usr/sbin/runuser' },
      { uid: 0, sudoUser: 'venue', runuserPath: null },
      { uid: 0, sudoUser: 'a b; rm -rf /', runuserPath: '/usr/sbin/runuser' },
    ]) {
      const plan = planBrowser(who, '/usr/bin/chromium', args);
      expect(plan.run).toBe('refused');
      if (plan.run === 'refused') expect(plan.message).toMatch(/sudo -u <kiosk-user> npm start/);
    }
  });

  it.runIf(process.getuid?.() === 0 && fs.existsSync('/usr/sbin/runuser'))('really drops root: the planned command runs as that user', () => {
    const plan = planBrowser({ uid: 0, sudoUser: 'nobody', runuserPath: '/usr/sbin/runuser' }, '/usr/bin/id', ['-u']);
    if (plan.run === 'refused') throw new Error(plan.message);
    const uid = execFileSync(plan.command, plan.args, { encoding: 'utf8' }).trim();
    expect(uid).not.toBe('0');
  });
});
