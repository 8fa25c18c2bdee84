import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILE } from '../../electron/core/removable/report-file';
import type { CallContext } from '../../electron/core/handlers';
import { tempDir } from '../fixtures/packs/harness';
import { baseEntries } from '../fixtures/packs/hostile-kit';
import { hashTree, writeTestPack } from '../fixtures/packs/make-pack';
import { rawZip } from '../fixtures/packs/raw-zip';
import { stick, usbHarness, type UsbHarness } from '../fixtures/packs/usb-harness';

let root: string;
let bundled: string;
const staff: CallContext = { transport: 'http', session: { id: 's1', role: 'staff' } };
const admin: CallContext = { transport: 'http', session: { id: 'a1', role: 'admin' } };

beforeAll(async () => {
  root = tempDir('kiosk-usb-packs-');
  bundled = path.join(root, 'bundled');
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A kiosk with its own data dir and mount root. */
const kiosk = (name: string, settings: Record<string, unknown> = {}) => {
  const dataDir = path.join(root, name, 'data');
  const mnt = path.join(root, name, 'mnt');
  return { h: usbHarness(dataDir, bundled, mnt, settings), dataDir, mnt };
};

const candidates = async (h: UsbHarness) => {
  await h.media.scanNow();
  return (await h.media.handlers['packs:candidates']({}, staff)).candidates;
};

const writePackZip = async (file: string, version: string, variant: string, languages?: ('zh-CN' | 'en')[]) => {
  const folder = `${file}.src`;
  await writeTestPack(folder, { version, variant, ...(languages ? { languages } : {}) });
  fs.writeFileSync(file, rawZip(baseEntries(folder)));
  fs.rmSync(folder, { recursive: true });
};

describe('packs from a USB stick', () => {
  it('lists zips and manifest folders at the top level and in kiosk-packs/, ignoring the rest', async () => {
    const { h, mnt } = kiosk('list');
    const usb = stick(mnt, 'STICK');
    await writePackZip(path.join(usb, 'spring.zip'), '1.1.0', 'spring');
    await writeTestPack(path.join(usb, 'kiosk-packs', 'summer'), { version: '1.2.0', variant: 'summer' });
    fs.writeFileSync(path.join(usb, '._spring.zip'), 'macOS resource fork');
    fs.mkdirSync(path.join(usb, 'photos'));
    fs.symlinkSync(path.join(usb, 'kiosk-packs', 'summer'), path.join(usb, 'linked-pack'));
    const found = await candidates(h);
    expect(found.map((c) => [c.name, c.kind, c.volumeLabel])).toEqual([
      ['spring.zip', 'zip', 'STICK'],
      ['kiosk-packs/summer', 'folder', 'STICK'],
    ]);
    expect(found[1]?.bytes).toBeGreaterThan(0);
    // Paths stay in the core: the renderer sees opaque ids only.
    expect(JSON.stringify(found)).not.toContain(usb);
  });

  it('preflight reports every check and what changes, touching nothing; then stage, preview, activate', async () => {
    const { h, dataDir, mnt } = kiosk('flow');
    const usb = stick(mnt, 'USB');
    await writePackZip(path.join(usb, 'next.zip'), '1.1.0', 'next', ['zh-CN']);
    const [candidate] = await candidates(h);
    if (!candidate) throw new Error('not listed');
    const before = hashTree(dataDir);
    const report = await h.handlers['packs:preflight']({ candidateId: candidate.id }, staff);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual(['structure', 'signature', 'manifest', 'kiosk version', 'file list', 'hashes', 'disk space', 'version']);
    expect(report.checks.every((c) => c.ok)).toBe(true);
    // The title in each of the pack's languages, so the heading follows the admin's language.
    expect(Object.keys(report.pack?.titles ?? {})).toEqual(['zh-CN']);
    expect(report.pack?.titles['zh-CN']).toBe(report.pack?.title);
    expect(report.changes).toMatchObject({ fromVersion: '0.1.0', toVersion: '1.1.0', downgrade: false, languagesRemoved: ['en'], languagesAdded: [] });
    expect(report.changes?.chapters).toHaveLength(5);
    // Chapters carry their titles, so the admin screen names them in its language.
    expect(report.changes?.chapters[0]).toEqual({ id: 'hard-core', title: { 'zh-CN': 'hard-core title next (zh-CN)' } });
    expect(report.warnings.map((w) => w.message).join()).toMatch(/not signed.*languages no longer offered: en/);
    expect(report.warnings.map((w) => [w.code, w.params])).toEqual([['warn-unsigned', {}], ['warn-languages-removed', { languages: ['en'] }]]);
    expect(hashTree(dataDir)).toEqual(before);

    const staged = await h.handlers['packs:stage']({ candidateId: candidate.id }, staff);
    expect(staged.summary).toMatchObject({ id: 'test-pack', version: '1.1.0', key: staged.stagedKey });
    expect(staged.summary.titles).toEqual(report.pack?.titles);
    const phases = h.events.filter((e) => e.name === 'packs:progress').map((e) => e.payload.phase);
    expect(phases).toContain('copying');
    expect(phases.at(-1)).toBe('done');
    // The active pack is untouched by staging.
    expect(h.store.activeKey()).toBe('bundled-pack@0.1.0');

    const preview = await h.handlers['content:preview']({}, staff);
    expect(preview.mediaBase).toBe(`/pack/${staged.stagedKey}/`);
    expect(preview.manifest.version).toBe('1.1.0');
    const media = h.store.resolveMedia(staged.stagedKey, 'panoramas/vitality.svg');
    expect(media && fs.readFileSync(media, 'utf8')).toMatch(/vitality next/);
    expect(h.store.resolveMedia(staged.stagedKey, '../active.json')).toBeNull();

    const status = await h.handlers['packs:activate']({ stagedKey: staged.stagedKey }, staff);
    expect(status.active).toMatchObject({ key: 'test-pack@1.1.0', origin: 'installed' });
    expect(status.staged).toBeNull();
    expect(h.audits.map((a) => `${a.action}:${a.outcome}:${a.role}`)).toEqual([
      'packs:preflight:ok:staff',
      'packs:stage:ok:staff',
      'packs:activate:ok:staff',
    ]);
    const text = fs.readFileSync(path.join(usb, REPORT_FILE), 'utf8');
    expect(text).toMatch(/pack: next\.zip\r\nresult: installed\r\n {2}installed test-pack@1\.1\.0/);
  });

  it('discard deletes the staged copy and leaves the active pack byte-identical', async () => {
    const { h, dataDir, mnt } = kiosk('discard');
    const usb = stick(mnt, 'USB');
    await writePackZip(path.join(usb, 'x.zip'), '1.1.0', 'x');
    const [candidate] = await candidates(h);
    const before = hashTree(path.join(dataDir, 'packs'));
    const staged = await h.handlers['packs:stage']({ candidateId: candidate?.id ?? '' }, staff);
    const status = await h.handlers['packs:discard']({}, staff);
    expect(status.staged).toBeNull();
    expect(hashTree(path.join(dataDir, 'packs'))).toEqual(before);
    expect(h.store.resolveMedia(staged.stagedKey, 'panoramas/vitality.svg')).toBeNull();
    await expect(Promise.resolve().then(() => h.handlers['content:preview']({}, staff))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a refused pack writes the report file on the stick, naming the file and the problem', async () => {
    const { h, dataDir, mnt } = kiosk('refused');
    const usb = stick(mnt, 'USB');
    await writeTestPack(path.join(usb, 'broken'), { version: '1.1.0', variant: 'broken' });
    fs.appendFileSync(path.join(usb, 'broken', 'panoramas', 'quality.svg'), '<!-- tampered -->');
    const [candidate] = await candidates(h);
    const before = hashTree(dataDir);
    const report = await h.handlers['packs:preflight']({ candidateId: candidate?.id ?? '' }, staff);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => !c.ok)).toMatchObject({ name: 'file list', message: expect.stringMatching(/panoramas\/quality\.svg/) });
    expect(hashTree(dataDir)).toEqual(before);
    const text = fs.readFileSync(path.join(usb, REPORT_FILE), 'utf8');
    expect(text).toMatch(/pack: broken\r\nresult: refused\r\n {2}file list: .*panoramas\/quality\.svg.* manifest\.json says/);
    await expect(h.handlers['packs:stage']({ candidateId: candidate?.id ?? '' }, staff)).rejects.toThrow(/panoramas\/quality\.svg/);
    expect(fs.readFileSync(path.join(usb, REPORT_FILE), 'utf8').match(/result: refused/g)).toHaveLength(2);
  });

  it('never follows a link planted at the report file name', async () => {
    const { h, mnt } = kiosk('report-link');
    const usb = stick(mnt, 'USB');
    const victim = path.join(root, 'report-link', 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    fs.symlinkSync(victim, path.join(usb, REPORT_FILE));
    await writeTestPack(path.join(usb, 'bad'), { version: '1.1.0', variant: 'bad' });
    fs.rmSync(path.join(usb, 'bad', 'panoramas', 'quality.svg'));
    const [candidate] = await candidates(h);
    expect((await h.handlers['packs:preflight']({ candidateId: candidate?.id ?? '' }, staff)).ok).toBe(false);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(h.log.lines.join('\n')).toMatch(/report file not written/);
  });
});

describe('downgrade is never a caller flag (issue 15 #3)', () => {
  it('packs:install has no allowDowngrade input and refuses an older pack', async () => {
    const { calls } = await import('../../electron/shared/contract');
    expect(calls['packs:install'].input.safeParse({ source: '/x', allowDowngrade: true }).success).toBe(false);
  });

  it('a staged older pack needs an admin session AND confirmDowngrade; allowPackDowngrade false refuses even admins', async () => {
    const { h, mnt } = kiosk('downgrade');
    const usb = stick(mnt, 'USB');
    await writePackZip(path.join(usb, 'new.zip'), '2.0.0', 'new');
    await h.handlers['packs:install']({ source: path.join(usb, 'new.zip') }, staff);
    fs.rmSync(path.join(usb, 'new.zip'));
    await writePackZip(path.join(usb, 'old.zip'), '1.0.0', 'old');
    const [old] = await candidates(h);
    const report = await h.handlers['packs:preflight']({ candidateId: old?.id ?? '' }, staff);
    expect(report).toMatchObject({ ok: true, changes: { downgrade: true, fromVersion: '2.0.0', toVersion: '1.0.0' } });
    const { stagedKey } = await h.handlers['packs:stage']({ candidateId: old?.id ?? '' }, staff);
    const activate = (confirmDowngrade: boolean, ctx: CallContext) =>
      Promise.resolve().then(() => h.handlers['packs:activate']({ stagedKey, confirmDowngrade }, ctx));
    await expect(activate(true, staff)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/needs an administrator/) });
    await expect(activate(false, admin)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/confirm the downgrade/) });
    await expect(activate(true, { transport: 'http' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(h.store.activeKey()).toBe('test-pack@2.0.0');
    const status = await activate(true, admin);
    expect(status.active?.key).toBe('test-pack@1.0.0');
    expect(h.audits.filter((a) => a.action === 'packs:activate').map((a) => `${a.outcome}:${a.role}`)).toEqual([
      'refused:staff',
      'refused:admin',
      'refused:null',
      'ok:admin',
    ]);
    expect(h.audits.at(-1)?.detail).toMatch(/downgrade confirmed/);

    const strict = kiosk('downgrade-strict', { allowPackDowngrade: false });
    const usb2 = stick(strict.mnt, 'USB');
    await writePackZip(path.join(usb2, 'new.zip'), '2.0.0', 'new');
    await strict.h.handlers['packs:install']({ source: path.join(usb2, 'new.zip') }, staff);
    fs.rmSync(path.join(usb2, 'new.zip'));
    await writePackZip(path.join(usb2, 'old.zip'), '1.0.0', 'old');
    const [old2] = await candidates(strict.h);
    const refused = await strict.h.handlers['packs:preflight']({ candidateId: old2?.id ?? '' }, staff);
    expect(refused.ok).toBe(false);
    expect(refused.checks.find((c) => !c.ok)?.message).toMatch(/refuses downgrades/);
  });

  it('keeps keepPreviousPacks packs; installs of older packs never evict the staff newest; rollback walks back one step at a time', async () => {
    const { h, dataDir, mnt } = kiosk('history', { keepPreviousPacks: 2 });
    const usb = stick(mnt, 'USB');
    const install = async (version: string) => {
      await writePackZip(path.join(usb, `${version}.zip`), version, `v${version}`);
      return h.handlers['packs:install']({ source: path.join(usb, `${version}.zip`) }, staff);
    };
    for (const v of ['1.0.0', '2.0.0', '3.0.0']) await install(v);
    // The attacker's move of issue 15: downgrades twice in a row (as an admin who confirms, the only way now).
    for (const v of ['1.5.0', '1.6.0']) {
      await writePackZip(path.join(usb, 'kiosk-packs', `${v}.zip`), v, `old${v}`);
      const list = await candidates(h);
      const c = list.find((x) => x.name === `kiosk-packs/${v}.zip`);
      const { stagedKey } = await h.handlers['packs:stage']({ candidateId: c?.id ?? '' }, admin);
      await h.handlers['packs:activate']({ stagedKey, confirmDowngrade: true }, admin);
    }
    const kept = fs.readdirSync(path.join(dataDir, 'packs')).filter((n) => n !== 'active.json').map((n) => n.split('~')[0]).sort();
    // 1.0.0 and 2.0.0 were evicted (keep 2 besides the active); 3.0.0, the newest, stays whatever came after it.
    expect(kept).toEqual(['test-pack@1.5.0', 'test-pack@1.6.0', 'test-pack@3.0.0']);
    // Rollback reaches the staff's newest pack, one step at a time.
    const keys: string[] = [h.store.activeKey()];
    while ((await h.handlers['packs:status']({}, staff)).previous && keys.length < 6) {
      keys.push((await h.handlers['packs:rollback']({}, staff)).active?.key ?? '?');
      if (keys.at(-1) === 'test-pack@3.0.0') break;
    }
    expect(keys).toEqual(['test-pack@1.6.0', 'test-pack@1.5.0', 'test-pack@3.0.0']);
    // A restart keeps the history.
    const restarted = usbHarness(dataDir, bundled, mnt);
    expect(restarted.store.activeKey()).toBe(h.store.activeKey());
  });
});
