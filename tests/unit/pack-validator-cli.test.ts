import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { listPackFiles } from '../../electron/core/packs/pack-build';
import { openPackSource } from '../../electron/core/packs/open-source';
import { loadSettings } from '../../electron/core/settings';
import { packHarness, tempDir } from '../fixtures/packs/harness';
import { hashTree, writeTestPack } from '../fixtures/packs/make-pack';
import { bundlePackCli, type CliRun } from '../fixtures/packs/pack-cli-bundle';

/**
 * kiosk-pack build / validate / verify on real folders and zips: a pack copied from
 * a Mac, SVG art using features the kiosk drops, a layer smaller than its panorama,
 * a failed build, a JSON typo, and signatures that name their key.
 */
let root: string;
let cli: Awaited<ReturnType<typeof bundlePackCli>>;
const limits = loadSettings({ env: {} }).packLimits;

beforeAll(async () => {
  root = tempDir('kiosk-validator-cli-');
  cli = await bundlePackCli();
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  cli.remove();
});

const pack = (...args: string[]): CliRun => cli.run(root, args);
type Manifest = { chapters: Array<{ panorama: { width: number; height: number; layers: Array<{ file: string }> } }> };
const editManifest = (dir: string, edit: (m: Manifest) => void) => {
  const file = path.join(dir, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  edit(m);
  fs.writeFileSync(file, JSON.stringify(m, null, 2));
};

/** What Finder and Explorer leave in a folder they showed, and a Finder zip adds. */
const MAC_AND_WINDOWS_JUNK = ['.DS_Store', 'panoramas/.DS_Store', 'panoramas/._vitality.svg', '._manifest.json', 'Thumbs.db', 'narration/desktop.ini'];

describe('a pack copied from a Mac or opened in Explorer', { timeout: 120_000 }, () => {
  it('validates, builds without the junk, and the zip installs', async () => {
    const dir = path.join(root, 'mac');
    await writeTestPack(dir, { version: '1.0.0' });
    for (const name of MAC_AND_WINDOWS_JUNK) fs.writeFileSync(path.join(dir, name), '\u0000\u0005\u0016\u0007 Mac OS X');
    fs.mkdirSync(path.join(dir, '__MACOSX/panoramas'), { recursive: true });
    fs.writeFileSync(path.join(dir, '__MACOSX/panoramas/._quality.svg'), 'resource fork');
    const report = pack('validate', dir);
    expect(report.out).toMatch(/ignored 7 file\(s\) the OS leaves behind/);
    expect(report.code, report.out).toBe(0);
    const out = path.join(root, 'mac.zip');
    expect(pack('build', dir, '-o', out).code).toBe(0);
    const source = await openPackSource(out, limits);
    await source.close();
    expect(source.entries.map((e) => e.name).filter((n) => /DS_Store|\._|MACOSX|Thumbs|desktop/i.test(n))).toEqual([]);
    expect(listPackFiles(dir).length + 1).toBe(source.entries.length); // + manifest.json
  });

  it('a Finder zip with __MACOSX/ and ._ entries installs, the junk left behind', async () => {
    const dir = path.join(root, 'finder');
    await writeTestPack(dir, { version: '2.0.0' });
    const zip = new yazl.ZipFile();
    for (const name of ['manifest.json', ...listPackFiles(dir)]) {
      zip.addFile(path.join(dir, name), name);
      zip.addBuffer(Buffer.from('AppleDouble'), `__MACOSX/${path.posix.dirname(name) === '.' ? '' : `${path.posix.dirname(name)}/`}._${path.posix.basename(name)}`);
    }
    zip.addBuffer(Buffer.from('Bud1'), '.DS_Store');
    zip.addBuffer(Buffer.from('Bud1'), 'panoramas/._momentum.svg');
    zip.end();
    const file = path.join(root, 'finder.zip');
    await new Promise<void>((resolve, reject) => zip.outputStream.pipe(fs.createWriteStream(file)).on('close', resolve).on('error', reject));
    const report = pack('validate', file);
    expect(report.code, report.out).toBe(0);
    const bundled = path.join(root, 'finder-bundled');
    await writeTestPack(bundled, { id: 'bundled-pack', version: '0.5.0', variant: 'bundled' });
    const data = fs.mkdtempSync(path.join(root, 'data-'));
    const h = packHarness(data, bundled);
    const status = await h.installer.install({ source: file });
    expect(status.active.key).toBe('test-pack@2.0.0');
    const installed = fs.readdirSync(path.join(data, 'packs')).find((n) => n.startsWith('test-pack@2.0.0~')) ?? '';
    expect(hashTree(path.join(data, 'packs', installed))).toEqual(hashTree(dir));
  });
});

describe('validate tells the truth about images', { timeout: 120_000 }, () => {
  it('warns by name about SVG features the kiosk drops, a layer smaller than its panorama, a stretched SVG', async () => {
    const dir = path.join(root, 'art');
    await writeTestPack(dir, { version: '1.0.0' });
    fs.writeFileSync(
      path.join(dir, 'panoramas/quality.svg'),
      `<svg xmlns='http://www.w3.org/2000/svg' width='400' height='100'><style>rect{fill:red}</style><rect width='400' height='100' style='fill:blue'/><image href='x.png'/></svg>`,
    );
    fs.writeFileSync(path.join(dir, 'panoramas/radiation.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"/>`);
    await sharp({ create: { width: 200, height: 50, channels: 3, background: '#884422' } }).png().toFile(path.join(dir, 'panoramas/sky.png'));
    editManifest(dir, (m) => {
      const layers = m.chapters[0]?.panorama.layers;
      if (layers?.[0]) layers[0].file = 'panoramas/sky.png';
    });
    fs.rmSync(path.join(dir, 'panoramas/hard-core.svg'));
    expect(pack('build', dir, '-o', path.join(root, 'art.zip')).code).toBe(0);
    const report = pack('validate', path.join(root, 'art.zip'));
    expect(report.out).toMatch(/warning: chapter quality: panoramas\/quality\.svg: the kiosk drops <style>, style=, <image>\n/);
    expect(report.out).toMatch(/<text>/); // the test pack's own labels are text, and dropped too
    expect(report.out).toMatch(/panoramas\/sky\.png: 200×50 px is smaller than the panorama's declared 400×100/);
    expect(report.out).toMatch(/panoramas\/radiation\.svg: its 300×100 proportions differ from the panorama's declared 400×100/);
    expect(report.out).toMatch(/RESULT: OK, the pack is ready to build \/ install \(\d+ warnings above\)/);
    expect(report.code).toBe(0);
  });

  it('says once, plainly, that ffprobe is missing', async () => {
    const dir = path.join(root, 'no-ffprobe');
    await writeTestPack(dir, { version: '1.0.0' });
    const report = cli.run(root, ['validate', dir], { ...process.env, PATH: '' });
    expect(report.out.match(/ffprobe is not installed/g)).toHaveLength(1);
    expect(report.code, report.out).toBe(0);
  });
});

describe('build never touches the source folder when it fails', { timeout: 120_000 }, () => {
  it('keeps manifest.json and manifest.sig byte for byte and writes no zip', async () => {
    const dir = path.join(root, 'failing');
    await writeTestPack(dir, { version: '1.0.0' });
    pack('keygen', '-o', path.join(root, 'k'));
    expect(pack('sign', dir, '--key', path.join(root, 'k.key')).code).toBe(0);
    fs.rmSync(path.join(dir, 'narration/en/vitality.wav')); // referenced, now missing
    const before = hashTree(dir);
    const out = path.join(root, 'failing.zip');
    const built = pack('build', dir, '-o', out);
    expect(built.out).toMatch(/Not built: .*was left unchanged/);
    expect(built.out).toMatch(/narration\/en\/vitality\.wav/);
    expect(built.code).toBe(1);
    expect(hashTree(dir)).toEqual(before);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('failing.zip'))).toEqual([]);
  });

  it('names file, line and column of a JSON typo', async () => {
    const dir = path.join(root, 'typo');
    await writeTestPack(dir, { version: '1.0.0' });
    const file = path.join(dir, 'manifest.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"version": "1.0.0",', '"version": "1.0.0"'));
    const before = hashTree(dir);
    const built = pack('build', dir, '-o', path.join(root, 'typo.zip'));
    expect(built.out).toMatch(/manifest\.json: not valid JSON at line 5, column 3: /);
    expect(built.code).toBe(1);
    expect(pack('validate', dir).out).toMatch(/manifest\.json: not valid JSON at line 5, column 3: /);
    expect(hashTree(dir)).toEqual(before);
  });
});

describe('verify names the signing key', { timeout: 120_000 }, () => {
  it('tells "signed by another key" from "manifest changed after signing"', async () => {
    const dir = path.join(root, 'keys');
    await writeTestPack(dir, { version: '1.0.0' });
    pack('keygen', '-o', path.join(root, 'mine'));
    pack('keygen', '-o', path.join(root, 'theirs'));
    expect(pack('build', dir, '-o', path.join(root, 'keys.zip'), '--key', path.join(root, 'theirs.key')).code).toBe(0);
    const wrongKey = pack('verify', path.join(root, 'keys.zip'), '--pub', path.join(root, 'mine.pub'));
    expect(wrongKey.out).toMatch(/manifest\.sig: was signed with key ([0-9a-f]{16}), but this kiosk trusts key (?!\1)[0-9a-f]{16}/);
    expect(wrongKey.code).toBe(1);
    const file = path.join(dir, 'manifest.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"Test pack a (en)"', '"Hijacked"'));
    const changed = pack('verify', dir, '--pub', path.join(root, 'theirs.pub'));
    expect(changed.out).toMatch(/manifest\.sig: does not match manifest\.json: the manifest changed after key [0-9a-f]{16} signed it/);
    expect(changed.code).toBe(1);
  });
});
