import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/core/handlers';
import { openDirSource } from '../../electron/core/packs/dir-source';
import { loadSettings } from '../../electron/core/settings';
import { KioskFailure } from '../../electron/shared/result';
import { tempDir } from '../fixtures/packs/harness';
import { baseEntries } from '../fixtures/packs/hostile-kit';
import { hashTree, writeTestPack } from '../fixtures/packs/make-pack';
import { rawZip } from '../fixtures/packs/raw-zip';
import { stick, usbHarness, type UsbHarness } from '../fixtures/packs/usb-harness';

let root: string;
let h: UsbHarness;
let usb: string;
let dataDir: string;
let importRoot: string;
const staff: CallContext = { transport: 'http', session: { id: 's', role: 'staff' } };
const OUTSIDE = /^the pack source is not inside removable media or an import folder \(importRoots\)$/;

beforeAll(async () => {
  root = tempDir('kiosk-usb-install-');
  const bundled = path.join(root, 'bundled');
  await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
  dataDir = path.join(root, 'data');
  importRoot = path.join(root, 'imports');
  fs.mkdirSync(importRoot);
  h = usbHarness(dataDir, bundled, path.join(root, 'mnt'), { importRoots: [importRoot] });
  usb = stick(path.join(root, 'mnt'), 'USB');
  await writeTestPack(path.join(root, 'src'), { version: '1.1.0', variant: 'src' });
  fs.writeFileSync(path.join(usb, 'pack.zip'), rawZip(baseEntries(path.join(root, 'src'))));
  fs.cpSync(path.join(root, 'src'), path.join(importRoot, 'pack'), { recursive: true });
  // A private folder: issue 15 #4 listed its files through a refusal.
  fs.mkdirSync(path.join(root, 'private'), { mode: 0o700 });
  fs.writeFileSync(path.join(root, 'private', 'secret-name.txt'), 'x');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const refusal = async (source: string) => {
  const started = process.hrtime.bigint();
  const error = await Promise.resolve()
    .then(() => h.handlers['packs:install']({ source }, staff))
    .then(() => null, (e: unknown) => e);
  return { error, ms: Number(process.hrtime.bigint() - started) / 1e6 };
};

describe('packs:install sources are confined (issue 15 #4)', () => {
  it('refuses every path outside removable media and importRoots with the same message, fast, revealing nothing', async () => {
    const before = hashTree(dataDir);
    fs.symlinkSync('/usr', path.join(usb, 'usr-link'));
    fs.symlinkSync(path.join(root, 'private'), path.join(usb, 'private-link'));
    const sources = [
      '/',
      '/usr',
      '/etc/passwd',
      '/no/such/file.zip',
      path.join(root, 'private'),
      path.join(root, 'private', 'secret-name.txt'),
      path.join(root, 'private', 'missing.zip'),
      path.join(root, 'src'),
      dataDir,
      path.join(dataDir, 'packs'),
      'relative/pack.zip',
      'pack.zip',
      path.join(usb, '..', '..', 'src'),
      path.join(usb, 'usr-link'),
      path.join(usb, 'private-link'),
    ];
    for (const source of sources) {
      const { error, ms } = await refusal(source);
      expect(error, source).toBeInstanceOf(KioskFailure);
      expect((error as KioskFailure).code, source).toBe('forbidden');
      expect((error as KioskFailure).message, source).toMatch(OUTSIDE);
      expect((error as KioskFailure).message).not.toMatch(/secret-name|no such|not a zip/);
      // Includes one fresh media scan of the temp mount root; /usr is never walked.
      expect(ms, source).toBeLessThan(500);
    }
    expect(hashTree(dataDir)).toEqual(before);
    expect(h.audits.filter((a) => a.outcome === 'refused')).toHaveLength(sources.length);
  });

  it('installs from a stick and from an import root; inside them, problems are named as before', async () => {
    expect((await h.handlers['packs:install']({ source: path.join(usb, 'pack.zip') }, staff)).active.key).toBe('test-pack@1.1.0');
    fs.writeFileSync(path.join(usb, 'junk.zip'), 'not a zip');
    await expect(h.handlers['packs:install']({ source: path.join(usb, 'junk.zip') }, staff)).rejects.toThrow(/is not a zip archive/);
    const { error } = await refusal(path.join(importRoot, 'pack'));
    // Same version again through install: never a downgrade, refused naming the version.
    expect((error as Error).message).toMatch(/not newer than the active pack's 1\.1\.0/);
  });

  it('walking a source folder is bounded in time: past its budget the folder is refused, not walked on', async () => {
    const limits = loadSettings({ overrides: { dataDir } }).packLimits;
    await expect(openDirSource(path.join(importRoot, 'pack'), limits, 0)).rejects.toThrow(/took more than 0 s to list/);
    await expect(openDirSource(path.join(importRoot, 'pack'), limits)).resolves.toMatchObject({ kind: 'folder' });
  });
});
