import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/core/handlers';
import { createMediaService, POLL_MS } from '../../electron/core/removable/media-service';
import { mountRoots } from '../../electron/core/removable/volumes';
import { loadSettings } from '../../electron/core/settings';
import { memoryLog, tempDir } from '../fixtures/packs/harness';
import { baseEntries } from '../fixtures/packs/hostile-kit';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { rawZip } from '../fixtures/packs/raw-zip';

let root: string;
let zip: Buffer;
const staff: CallContext = { transport: 'http', session: { id: 's', role: 'staff' } };

beforeAll(async () => {
  root = tempDir('kiosk-usb-media-');
  await writeTestPack(path.join(root, 'src'), { version: '1.1.0', variant: 'usb' });
  zip = rawZip(baseEntries(path.join(root, 'src')));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const service = (name: string, extra: Record<string, unknown> = {}, pollMs = 50) => {
  const mnt = path.join(root, name, 'mnt');
  const dataDir = path.join(root, name, 'data');
  fs.mkdirSync(mnt, { recursive: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const settings = loadSettings({ overrides: { dataDir, removableMediaRoots: [mnt], ...extra } });
  return { media: createMediaService({ settings, log: memoryLog(), pollMs }), mnt, dataDir };
};

describe('removable media detection', () => {
  it('uses the platform mount roots unless removableMediaRoots is set', () => {
    expect(mountRoots(null, 'linux')).toEqual([
      { dir: '/media', depth: 2 },
      { dir: '/run/media', depth: 2 },
      { dir: '/mnt', depth: 1 },
    ]);
    const win = mountRoots(null, 'win32').map((r) => r.dir);
    expect(win).toContain('D:\\');
    expect(win).not.toContain('C:\\');
    expect(mountRoots(['/tmp/x'], 'linux')).toEqual([{ dir: '/tmp/x', depth: 1 }]);
  });

  it('lists a stick that appears under the mount root, with a pack on it, within one poll (timed, the kiosk\'s own poll period)', async () => {
    const { media, mnt } = service('insert', {}, POLL_MS);
    media.start();
    try {
      expect((await media.handlers['media:list']({}, staff)).volumes).toEqual([]);
      // "Inserting" the stick: its folder and the zip appear at once, as a mount does.
      const inserted = Date.now();
      fs.mkdirSync(path.join(mnt, '.mounting'));
      fs.writeFileSync(path.join(mnt, '.mounting', 'spring.zip'), zip);
      fs.renameSync(path.join(mnt, '.mounting'), path.join(mnt, 'KIOSK_USB'));
      let listedMs = -1;
      while (Date.now() - inserted < 5000) {
        const { candidates } = await media.handlers['packs:candidates']({}, staff);
        if (candidates.some((c) => c.name === 'spring.zip')) {
          listedMs = Date.now() - inserted;
          break;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      console.log(`USB inserted -> pack listed: ${listedMs} ms (poll every ${POLL_MS} ms)`);
      expect(listedMs).toBeGreaterThanOrEqual(0);
      expect(listedMs).toBeLessThan(POLL_MS + 1000);
      const { volumes } = await media.handlers['media:list']({}, staff);
      expect(volumes).toEqual([
        expect.objectContaining({ label: 'KIOSK_USB', kind: 'removable', writable: true, path: fs.realpathSync(path.join(mnt, 'KIOSK_USB')) }),
      ]);
      expect(volumes[0]?.freeBytes).toBeGreaterThan(0);
    } finally {
      media.stop();
    }
  });

  it('never follows a symlink out of a root, and never lists the data dir', async () => {
    const { media, mnt, dataDir } = service('links');
    fs.symlinkSync('/etc', path.join(mnt, 'etc-link'));
    fs.symlinkSync(dataDir, path.join(mnt, 'data-link'));
    fs.mkdirSync(path.join(mnt, 'real'));
    fs.symlinkSync(path.join(root, 'src'), path.join(mnt, 'real', 'pack-link'));
    await media.scanNow();
    expect(media.volumes().map((v) => v.label)).toEqual(['real']);
    expect((await media.handlers['packs:candidates']({}, staff)).candidates).toEqual([]);
    const inside = service('inside');
    const settings = loadSettings({ overrides: { dataDir: inside.dataDir, removableMediaRoots: [path.dirname(inside.dataDir)] } });
    const m2 = createMediaService({ settings, log: memoryLog() });
    await m2.scanNow();
    expect(m2.volumes().map((v) => v.label)).toEqual(['mnt']);
  });

  it('adds exportRoots and importRoots as volumes of their kind', async () => {
    const exp = path.join(root, 'roots', 'exports');
    const imp = path.join(root, 'roots', 'imports');
    fs.mkdirSync(exp, { recursive: true });
    fs.mkdirSync(imp, { recursive: true });
    fs.writeFileSync(path.join(imp, 'p.zip'), zip);
    fs.writeFileSync(path.join(exp, 'not-a-source.zip'), zip);
    const { media } = service('roots', { exportRoots: [exp], importRoots: [imp] });
    await media.scanNow();
    expect(media.volumes().map((v) => [v.label, v.kind])).toEqual([
      ['exports', 'export-root'],
      ['imports', 'import-root'],
    ]);
    const { candidates } = await media.handlers['packs:candidates']({}, staff);
    expect(candidates.map((c) => c.name)).toEqual(['p.zip']);
    expect(media.exportRoots()).toEqual([fs.realpathSync(exp)]);
    expect(media.importRoots()).toEqual([fs.realpathSync(imp)]);
  });

  it('bounds a scan: a mount root with thousands of folders is cut at the entry limit', async () => {
    const { media, mnt } = service('many');
    for (let i = 0; i < 600; i++) fs.mkdirSync(path.join(mnt, `d${String(i).padStart(4, '0')}`));
    const started = Date.now();
    await media.scanNow();
    expect(media.volumes().length).toBeLessThanOrEqual(32);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
