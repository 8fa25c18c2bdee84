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
    expect(settings.languages).toEqual(['zh-CN', 'en']);
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
