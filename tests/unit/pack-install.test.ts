import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDeterministicZip } from '../../electron/core/packs/pack-build';
import { hashTree, writeTestPack } from '../fixtures/packs/make-pack';
import { packHarness, tempDir } from '../fixtures/packs/harness';

let root: string;
let bundled: string;
let packA: string;
let packB: string;
let zipB: string;

beforeAll(async () => {
  root = tempDir();
  bundled = path.join(root, 'bundled');
  packA = path.join(root, 'a');
  packB = path.join(root, 'b');
  zipB = path.join(root, 'b.zip');
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.5.0', variant: 'bundled' });
  await writeTestPack(packA, { version: '1.0.0', variant: 'a' });
  await writeTestPack(packB, { version: '1.1.0', variant: 'b' });
  await writeDeterministicZip(packB, zipB);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const installedTree = (dataDir: string, key: string) => {
  const packs = path.join(dataDir, 'packs');
  const dir = fs.readdirSync(packs).find((name) => name.startsWith(`${key}~`));
  if (!dir) throw new Error(`${key} not installed`);
  return hashTree(path.join(packs, dir));
};

describe('pack install', () => {
  it('serves the bundled pack until something is installed', () => {
    const h = packHarness(fs.mkdtempSync(path.join(root, 'data-')), bundled);
    expect(h.store.activeKey()).toBe('bundled-pack@0.5.0');
    expect(h.handlers['packs:status']({}, { transport: 'http' })).toMatchObject({
      active: { origin: 'bundled' },
      previous: null,
    });
  });

  it('installs a folder, then a zip, keeps the previous pack served, and rolls back', async () => {
    const dataDir = fs.mkdtempSync(path.join(root, 'data-'));
    const h = packHarness(dataDir, bundled);
    const first = await h.installer.install({ source: packA });
    expect(first.active).toMatchObject({ key: 'test-pack@1.0.0', origin: 'installed' });
    expect(first.previous).toMatchObject({ key: 'bundled-pack@0.5.0' });
    expect(installedTree(dataDir, 'test-pack@1.0.0')).toEqual(hashTree(packA));

    const second = await h.installer.install({ source: zipB });
    expect(second.active.key).toBe('test-pack@1.1.0');
    expect(installedTree(dataDir, 'test-pack@1.1.0')).toEqual(hashTree(packB));
    // The bundled pack dropped out of reach; the previous (a) still serves its media.
    expect(h.store.resolveMedia('test-pack@1.0.0', 'panoramas/vitality.svg')).toMatch(/vitality\.svg$/);
    expect(h.store.resolveMedia('test-pack@1.1.0', 'panoramas/vitality.svg')).toMatch(/vitality\.svg$/);
    expect(h.store.resolveMedia('test-pack@1.1.0', '../active.json')).toBeNull();
    expect(h.events.filter((e) => e.name === 'content:changed').map((e) => e.payload)).toEqual([
      { packId: 'test-pack', version: '1.0.0' },
      { packId: 'test-pack', version: '1.1.0' },
    ]);
    const progress = h.events.filter((e) => e.name === 'packs:progress').map((e) => e.payload);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', bytesDone: progress.at(-1)?.bytesTotal });

    const status = h.handlers['packs:rollback']({}, { transport: 'http' });
    // One step back in the install history: the next rollback would reach the bundled pack.
    expect(status).toMatchObject({ active: { key: 'test-pack@1.0.0' }, previous: { key: 'bundled-pack@0.5.0', origin: 'bundled' } });
    // A restart comes up on the rolled-back pack.
    expect(packHarness(dataDir, bundled).store.activeKey()).toBe('test-pack@1.0.0');
  });

  it('never downgrades through install; an admin who confirms may activate a staged older pack', async () => {
    const h = packHarness(fs.mkdtempSync(path.join(root, 'data-')), bundled);
    await h.installer.install({ source: packB });
    await expect(h.installer.install({ source: packA })).rejects.toThrow(
      /version.*1\.0\.0 is not newer than the active pack's 1\.1\.0/,
    );
    const staged = await h.installer.stage(packA);
    await expect(h.installer.activateStaged({ stagedKey: staged.key, role: 'admin', confirmDowngrade: true })).resolves.toBeUndefined();
    expect(h.store.activeKey()).toBe('test-pack@1.0.0');
  });

  it('refuses a second install while one runs', async () => {
    const h = packHarness(fs.mkdtempSync(path.join(root, 'data-')), bundled);
    const running = h.installer.install({ source: packA });
    await expect(h.installer.install({ source: packB })).rejects.toMatchObject({ code: 'conflict' });
    await running;
  });

  it('removes leftovers of an interrupted install at start', async () => {
    const dataDir = fs.mkdtempSync(path.join(root, 'data-'));
    const h = packHarness(dataDir, bundled);
    await h.installer.install({ source: packA });
    const packs = path.join(dataDir, 'packs');
    fs.mkdirSync(path.join(packs, '.staging-deadbeef/narration'), { recursive: true });
    fs.writeFileSync(path.join(packs, 'active.json.tmp-1234'), '{');
    fs.mkdirSync(path.join(packs, 'orphan@1.0.0~0000'));
    const restarted = packHarness(dataDir, bundled);
    expect(restarted.store.activeKey()).toBe('test-pack@1.0.0');
    expect(fs.readdirSync(packs).sort()).toEqual(['active.json', expect.stringMatching(/^test-pack@1\.0\.0~/)]);
  });
});
