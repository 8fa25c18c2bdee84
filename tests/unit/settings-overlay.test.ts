import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/admin';
import { createLiveSettings } from '../../electron/core/live-settings';
import { Settings } from '../../electron/core/settings';
import { mergeOverlay, overlayFileOf, readOverlay, writeOverlay } from '../../electron/core/settings-overlay';
import type { CallContext } from '../../electron/core/handlers';

const ADMIN: CallContext = { transport: 'http', session: { id: 's1', role: 'admin' } };
let dataDir: string;
let base: Settings;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-overlay-'));
  base = Settings.parse({ dataDir, idleSeconds: 90, openingHours: { daily: { open: '09:00', close: '17:00' } } });
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const live = () => {
  const audit: AuditEntry[] = [];
  const changed: Settings[] = [];
  const warnings: string[] = [];
  const service = createLiveSettings({ base, audit: { record: (e) => audit.push(e) }, changed: (s) => changed.push(s), warn: (m) => warnings.push(m) });
  return { service, audit, changed, warnings };
};

describe('settings overlay: merge and validation by the settings schema', () => {
  it('lays the overlay over the file values and keeps every other key', () => {
    const merged = mergeOverlay(base, { idleSeconds: 120, nightlyRestart: '03:00' });
    expect(merged.ok && merged.settings).toMatchObject({ idleSeconds: 120, nightlyRestart: '03:00', dataDir, idleWarningSeconds: 20 });
  });

  it('answers every problem by field, with the schema\'s own rules', () => {
    const merged = mergeOverlay(base, { idleSeconds: 5, defaultVolume: 2, openingHours: { mon: { open: '18:00', close: '09:00' } } });
    expect(merged.ok).toBe(false);
    const fields = merged.ok ? [] : merged.issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['idleSeconds', 'defaultVolume', 'openingHours.mon']));
  });

  it('refuses keys that are not on-screen settings and a default language the kiosk does not offer', () => {
    expect(mergeOverlay(base, { dataDir: '/tmp/elsewhere' })).toMatchObject({ ok: false, issues: [{ field: 'dataDir' }] });
    const english = Settings.parse({ dataDir, languages: ['en'], defaultLanguage: 'en' });
    expect(mergeOverlay(english, { defaultLanguage: 'zh-CN' })).toMatchObject({ ok: false, issues: [{ field: 'defaultLanguage' }] });
  });
});

describe('settings overlay: the file in the data dir', () => {
  it('is written atomically with mode 0600, holding only what differs from the file, and removed when empty', () => {
    writeOverlay(dataDir, { idleSeconds: 120 });
    const file = overlayFileOf(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readOverlay(dataDir)).toEqual({ idleSeconds: 120 });
    expect(fs.readdirSync(dataDir)).toEqual(['settings.overlay.json']); // no temporary file left
    writeOverlay(dataDir, {});
    expect(fs.existsSync(file)).toBe(false);
  });

  it('never reads or writes through a link planted in its place', () => {
    const target = path.join(dataDir, 'elsewhere.json');
    fs.writeFileSync(target, '{"idleSeconds": 600}');
    fs.symlinkSync(target, overlayFileOf(dataDir));
    expect(() => readOverlay(dataDir)).toThrow(/link, refused/);
    writeOverlay(dataDir, { idleSeconds: 120 });
    expect(fs.lstatSync(overlayFileOf(dataDir)).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('{"idleSeconds": 600}');
  });
});

describe('live settings: save, reset, audit, announce', () => {
  it('saves, audits old → new values, announces the new settings, and a new start reads them', () => {
    const { service, audit, changed } = live();
    const answer = service.handlers['settings:save']({ values: { idleSeconds: 120, captionsOnByDefault: false } }, ADMIN);
    expect(answer).toMatchObject({ saved: true, view: { effective: { idleSeconds: 120, captionsOnByDefault: false }, file: { idleSeconds: 90 } } });
    expect(service.current().idleSeconds).toBe(120);
    expect(changed.map((s) => s.idleSeconds)).toEqual([120]);
    expect(audit).toEqual([
      { role: 'admin', action: 'settings:save', detail: 'idleSeconds 90 → 120; captionsOnByDefault true → false', outcome: 'ok' },
    ]);
    expect(readOverlay(dataDir)).toEqual({ idleSeconds: 120, captionsOnByDefault: false });
    expect(live().service.current()).toMatchObject({ idleSeconds: 120, captionsOnByDefault: false });
  });

  it('refuses an invalid save whole: nothing stored, nothing announced, the refusal audited', () => {
    const { service, audit, changed } = live();
    const answer = service.handlers['settings:save']({ values: { idleSeconds: 120, idleWarningSeconds: 5 } }, ADMIN);
    expect(answer).toMatchObject({ saved: false, issues: [{ field: 'idleWarningSeconds' }] });
    expect(service.current().idleSeconds).toBe(90);
    expect(changed).toEqual([]);
    expect(audit[0]).toMatchObject({ action: 'settings:save', outcome: 'refused' });
    expect(fs.existsSync(overlayFileOf(dataDir))).toBe(false);
  });

  it('reset returns to the file\'s values and removes the overlay', () => {
    const { service, audit } = live();
    void service.handlers['settings:save']({ values: { nightlyRestart: '03:30' } }, ADMIN);
    const view = service.handlers['settings:reset']({}, ADMIN);
    expect(view).toMatchObject({ effective: { nightlyRestart: null }, overlay: {} });
    expect(audit.at(-1)).toMatchObject({ action: 'settings:reset', detail: 'nightlyRestart "03:30" → null' });
    expect(fs.existsSync(overlayFileOf(dataDir))).toBe(false);
  });

  it('starts on the file\'s values, with a warning, when the stored overlay is invalid', () => {
    fs.writeFileSync(overlayFileOf(dataDir), '{"idleSeconds": 1}');
    const { service, warnings } = live();
    expect(service.current().idleSeconds).toBe(90);
    expect(warnings[0]).toMatch(/settings overlay ignored: idleSeconds/);
    expect(service.handlers['settings:get']({}, ADMIN)).toMatchObject({ overlayProblem: expect.stringMatching(/idleSeconds/) });
  });
});
