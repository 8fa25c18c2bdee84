import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore } from '../../electron/core/kiosk-core';
import { loadSettings } from '../../electron/core/settings';
import { baseEntries } from '../fixtures/packs/hostile-kit';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { rawZip } from '../fixtures/packs/raw-zip';
import { tempDir } from '../fixtures/visit-log/temp';
import { setPins, TEST_PINS } from '../fixtures/admin';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('usb-core-');
  process.env.KIOSK_QUIET = '1';
});
afterEach(() => tmp.cleanup());

describe('USB services wired into the core', () => {
  it('cleans leftovers of interrupted installs and exports at start (health alerts), lists the stick, installs and exports through dispatch', async () => {
    const dataDir = path.join(tmp.dir, 'data');
    const mnt = path.join(tmp.dir, 'mnt');
    const usb = path.join(mnt, 'USB');
    // What SIGKILLs left: a staging folder in packs/, a temp file and a manifest-less export folder on the stick.
    fs.mkdirSync(path.join(dataDir, 'packs', '.staging-0badf00d', 'narration'), { recursive: true });
    const broken = path.join(usb, 'changjiahui-export_kiosk-core_2026-01-01_2026-01-02');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(path.join(broken, '.kiosk-core_2026-01-01_2026-01-02_events.csv.partial'), Buffer.alloc(1024));
    await writeTestPack(path.join(tmp.dir, 'src'), { id: 'usb-pack', version: '9.0.0', variant: 'usb' });
    fs.writeFileSync(path.join(usb, 'usb-pack.zip'), rawZip(baseEntries(path.join(tmp.dir, 'src'))));

    await setPins(dataDir, TEST_PINS);
    const settings = loadSettings({ overrides: { dataDir, kioskId: 'kiosk-core', removableMediaRoots: [mnt] } });
    const core = createKioskCore({
      settings,
      appVersion: '0.1.0',
      mediaBase: '/pack/',
      defaultPackDir: path.join(ROOT, 'assets', 'default-pack'),
      mediaPollMs: 100,
    });
    const signIn = async (pin: string) => {
      const answer = await core.dispatch('admin:sign-in', { pin }, { transport: 'http' });
      if (!answer.ok) throw new Error(answer.error.message);
      return { transport: 'http', sessionToken: (answer.value as { token: string }).token } as const;
    };
    try {
      const STAFF = await signIn(TEST_PINS.staff);
      const listed = await core.dispatch('media:list', {}, STAFF);
      expect(listed).toMatchObject({ ok: true, value: { volumes: [{ label: 'USB', kind: 'removable' }] } });
      expect(fs.existsSync(path.join(dataDir, 'packs', '.staging-0badf00d'))).toBe(false);
      expect(fs.existsSync(broken)).toBe(false);
      const health = await core.dispatch('health:visit-log', {}, STAFF);
      const kinds = health.ok ? (health.value as { alerts: { kind: string }[] }).alerts.map((a) => a.kind) : [];
      expect(kinds).toEqual(expect.arrayContaining(['pack-leftovers-removed', 'export-leftovers-removed']));

      const found = await core.dispatch('packs:candidates', {}, STAFF);
      const candidateId = found.ok ? (found.value as { candidates: { id: string }[] }).candidates[0]?.id : undefined;
      expect(candidateId).toMatch(/^c-[0-9a-f]{20}$/);
      expect(await core.dispatch('packs:preflight', { candidateId: '/etc/passwd' }, STAFF)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const staged = await core.dispatch('packs:stage', { candidateId }, STAFF);
      expect(staged, JSON.stringify(staged)).toMatchObject({ ok: true });
      const stagedKey = staged.ok ? (staged.value as { stagedKey: string }).stagedKey : '';
      const preview = await core.dispatch('content:preview', {}, STAFF);
      expect(preview).toMatchObject({ ok: true, value: { mediaBase: `/pack/${stagedKey}/`, manifest: { id: 'usb-pack' } } });
      expect(core.content.resolveMedia(stagedKey, 'panoramas/quality.svg')).toMatch(/quality\.svg$/);
      expect(await core.dispatch('packs:activate', { stagedKey }, STAFF)).toMatchObject({ ok: true, value: { active: { key: 'usb-pack@9.0.0' } } });
      expect(await core.dispatch('packs:install', { source: '/etc', allowDowngrade: true }, STAFF)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

      await core.dispatch('admin:sign-out', {}, STAFF);
      const visitId = randomUUID();
      const at = Date.now();
      await core.dispatch('visit:start', { visitId, at, language: 'en', packId: 'usb-pack', packVersion: '9.0.0' }, { transport: 'http' });
      await core.dispatch('visit:end', { visitId, at: at + 5, reason: 'finish' }, { transport: 'http' });
      const today = new Date(at + new Date().getTimezoneOffset() * -60_000).toISOString().slice(0, 10);
      const volumeId = listed.ok ? (listed.value as { volumes: { id: string }[] }).volumes[0]?.id : '';
      const ADMIN = await signIn(TEST_PINS.admin);
      const exported = await core.dispatch('export:visits', { from: today, to: today, format: 'jsonl', volumeId }, ADMIN);
      expect(exported).toMatchObject({ ok: true, value: { folder: path.join(fs.realpathSync(usb), `changjiahui-export_kiosk-core_${today}_${today}`) } });
      // The audit log of the range travels with the export: the pack staged and activated above is in it.
      const exportedFolder = exported.ok ? (exported.value as { folder: string }).folder : '';
      const auditLines = fs.readFileSync(path.join(exportedFolder, `kiosk-core_${today}_${today}_audit.jsonl`), 'utf8').trim().split('\n');
      expect(auditLines.map((line) => (JSON.parse(line) as { action: string }).action)).toEqual(expect.arrayContaining(['sign-in', 'packs:stage', 'packs:activate']));
      expect(await core.dispatch('export:visits', { from: today, to: today, format: 'csv', outDir: '/tmp' }, ADMIN)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const listed100 = await core.dispatch('audit:list', { limit: 100 }, ADMIN);
      const rows = listed100.ok ? (listed100.value as { rows: { action: string; outcome: string }[] }).rows : [];
      const actions = rows.map((a) => `${a.action}:${a.outcome}`).reverse().filter((a) => /^(packs|export):/.test(a));
      expect(actions).toEqual(['packs:stage:ok', 'packs:activate:ok', 'export:visits:ok']);
    } finally {
      await core.close();
    }
  });
});
