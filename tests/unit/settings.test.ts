import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, Settings } from '../../electron/core/settings';

const tempConfig = (json: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-settings-'));
  const file = path.join(dir, 'kiosk.config.json');
  fs.writeFileSync(file, json);
  return file;
};

describe('settings', () => {
  it('uses documented defaults when there is no file', () => {
    const settings = loadSettings({ configFile: path.join(os.tmpdir(), 'no-such-dir', 'kiosk.config.json') });
    expect(settings.idleSeconds).toBe(90);
    expect(settings.idleWarningSeconds).toBe(20);
    expect(settings.retentionDays).toBe(400);
    expect(settings.languages).toBeNull(); // every language the active pack declares
  });

  it('resolves dataDir against the config file', () => {
    const file = tempConfig('{"dataDir": "data"}');
    expect(loadSettings({ configFile: file }).dataDir).toBe(path.join(path.dirname(file), 'data'));
  });

  it('names the file and the bad key', () => {
    const file = tempConfig('{"idleSeconds": 3}');
    expect(() => loadSettings({ configFile: file })).toThrow(/kiosk\.config\.json: idleSeconds/);
  });

  it('refuses unknown keys (typos must not be silently ignored)', () => {
    const file = tempConfig('{"idleSecnds": 30}');
    expect(() => loadSettings({ configFile: file })).toThrow(/idleSecnds/);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const file = tempConfig('{ idleSeconds: 30 ');
    expect(() => loadSettings({ configFile: file })).toThrow(/kiosk\.config\.json: not valid JSON/);
  });

  it('accepts a config saved with a UTF-8 byte-order mark (Windows Notepad)', () => {
    const file = tempConfig('\uFEFF{"idleSeconds": 45}');
    expect(loadSettings({ configFile: file }).idleSeconds).toBe(45);
  });

  it('gives the line and column of a JSON error', () => {
    const file = tempConfig('{\n  "idleSeconds": 45,\n  "kioskId": "a",\n}');
    expect(() => loadSettings({ configFile: file })).toThrow(/not valid JSON at line 4, column 1/);
    const truncated = tempConfig('{\n  "idleSeconds": ');
    expect(() => loadSettings({ configFile: truncated })).toThrow(/line 2, column 18/);
  });

  it('names an unknown key itself, also inside an object', () => {
    expect(() => loadSettings({ overrides: { packLimits: { maxEntrys: 5 } } })).toThrow(/packLimits\.maxEntrys: unknown key/);
  });

  it('validates openingHours per weekday and reads the old { open, close } form as daily', () => {
    expect(() => loadSettings({ overrides: { openingHours: { open: '99:99', close: '17:00' } } })).toThrow(/openingHours\.daily\.open/);
    expect(() => loadSettings({ overrides: { openingHours: { fri: { open: '18:00', close: '09:00' } } } })).toThrow(/openingHours\.fri/);
    expect(loadSettings({ overrides: { openingHours: { open: '09:00', close: '17:00' } } }).openingHours).toEqual({ daily: { open: '09:00', close: '17:00' } });
    expect(loadSettings({ overrides: { openingHours: { daily: { open: '09:00', close: '17:00' }, mon: null } } }).openingHours?.mon).toBeNull();
  });

  it.each([
    [{ maxEntries: 0 }, 'maxEntries'],
    [{ maxEntries: 1e12 }, 'maxEntries'],
    [{ maxCompressionRatio: 1e9 }, 'maxCompressionRatio'],
    [{ maxFileBytes: 10 }, 'maxFileBytes'],
    [{ maxFileBytes: 2 * 1024 ** 3, maxTotalBytes: 1024 ** 3 }, 'maxFileBytes'],
  ])('refuses absurd packLimits %j', (packLimits, key) => {
    expect(() => loadSettings({ overrides: { packLimits } })).toThrow(new RegExp(`packLimits\\.${key}`));
  });

  it('refuses a default language that is not offered', () => {
    expect(() => loadSettings({ overrides: { languages: ['en'], defaultLanguage: 'zh-CN' } })).toThrow(/defaultLanguage/);
  });

  it('lets env override the file and flags override env', () => {
    const file = tempConfig('{"idleSeconds": 60, "kioskId": "from-file"}');
    const settings = loadSettings({ configFile: file, env: { KIOSK_IDLE_SECONDS: '45', KIOSK_ID: 'from-env' }, overrides: { kioskId: 'from-flag' } });
    expect(settings.idleSeconds).toBe(45);
    expect(settings.kioskId).toBe('from-flag');
  });

  it('documents every setting in docs/configuration.md', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');
    const keys = Object.keys(Settings.shape);
    const missing = keys.filter((key) => !doc.includes(`\`${key}`));
    expect(missing).toEqual([]);
  });
});
