import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVtt, writeTestPack } from '../fixtures/packs/make-pack';
import { tempDir } from '../fixtures/packs/harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
let root: string;
let cli: string;

beforeAll(async () => {
  root = tempDir('kiosk-pack-cli-');
  // Bundled into the project's dist/ tree (as the real bin is) so it finds package.json.
  cli = path.join(ROOT, 'dist', 'test-cli', `kiosk-pack-${process.pid}.cjs`);
  await build({
    entryPoints: [path.join(ROOT, 'electron/cli/kiosk-pack.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: cli,
    external: ['sharp'], // native, resolved from node_modules as in the real bin
    logLevel: 'warning',
  });
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(cli, { force: true });
});

const pack = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
};

describe('kiosk-pack CLI', { timeout: 90_000 }, () => {
  it('keygen, build --key and verify: exit 0 with the right key, 1 with another', async () => {
    const dir = path.join(root, 'signed');
    await writeTestPack(dir, { version: '1.0.0' });
    expect(pack('keygen', '-o', path.join(root, 'good')).code).toBe(0);
    expect(pack('keygen', '-o', path.join(root, 'good')).code).toBe(1);
    expect(pack('keygen', '-o', path.join(root, 'other')).code).toBe(0);
    const built = pack('build', dir, '-o', path.join(root, 'signed.zip'), '--key', path.join(root, 'good.key'));
    expect(built.out).toContain('manifest.sig: signed');
    expect(built.code).toBe(0);
    const ok = pack('verify', path.join(root, 'signed.zip'), '--pub', path.join(root, 'good.pub'));
    expect(ok.out).toContain('VERIFIED');
    expect(ok.code).toBe(0);
    const bad = pack('verify', path.join(root, 'signed.zip'), '--pub', path.join(root, 'other.pub'));
    expect(bad.out).toMatch(/manifest\.sig: was signed with key [0-9a-f]{16}, but this kiosk trusts key [0-9a-f]{16}/);
    expect(bad.code).toBe(1);
  });

  it('sign writes manifest.sig that verify accepts on the folder', async () => {
    const dir = path.join(root, 'folder-signed');
    await writeTestPack(dir, { version: '1.0.0' });
    pack('keygen', '-o', path.join(root, 'k2'));
    expect(pack('sign', dir, '--key', path.join(root, 'k2.key')).code).toBe(0);
    expect(pack('verify', dir, '--pub', fs.readFileSync(path.join(root, 'k2.pub'), 'utf8').trim()).code).toBe(0);
  });

  it('build is deterministic: the same folder gives the same zip bytes', async () => {
    const dir = path.join(root, 'det');
    await writeTestPack(dir, { version: '1.0.0' });
    expect(pack('build', dir, '-o', path.join(root, 'one.zip')).code).toBe(0);
    fs.utimesSync(path.join(dir, 'panoramas/quality.svg'), new Date(), new Date(2001, 1, 1));
    expect(pack('build', dir, '-o', path.join(root, 'two.zip')).code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'one.zip')).equals(fs.readFileSync(path.join(root, 'two.zip')))).toBe(true);
  });

  it('build rewrites the hashes after staff edited a file', async () => {
    const dir = path.join(root, 'edited');
    await writeTestPack(dir, { version: '1.0.0' });
    fs.appendFileSync(path.join(dir, 'panoramas/vitality.svg'), '<!-- edited -->\n');
    expect(pack('validate', dir).code).toBe(1);
    expect(pack('build', dir, '-o', path.join(root, 'edited.zip')).code).toBe(0);
    expect(pack('validate', path.join(root, 'edited.zip')).code).toBe(0);
  });

  it('validate names short captions, undecodable images and wrong durations, exit 1', async () => {
    const dir = path.join(root, 'content');
    await writeTestPack(dir, { version: '1.0.0', durationMs: 3000 });
    fs.writeFileSync(path.join(dir, 'narration/en/quality.vtt'), makeVtt(1000, 'too short'));
    fs.writeFileSync(path.join(dir, 'panoramas/momentum.svg'), 'not an image');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      chapters: Array<{ narration: Record<string, { durationMs: number }> }>;
    };
    const radiation = manifest.chapters[4]?.narration['zh-CN'];
    if (radiation) radiation.durationMs = 9000;
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(pack('build', dir, '-o', path.join(root, 'content.zip')).code).toBe(0);
    const report = pack('validate', path.join(root, 'content.zip'));
    expect(report.code).toBe(1);
    expect(report.out).toMatch(/narration\/en\/quality\.vtt: captions end at 1000 ms, the audio lasts 3000 ms/);
    expect(report.out).toMatch(/panoramas\/momentum\.svg: not an SVG document/);
    expect(report.out).toMatch(
      /narration\/zh-CN\/radiation\.wav: lasts 3000 ms but manifest\.json says durationMs 9000/,
    );
    expect(report.out).toMatch(/RESULT: 3 problems/);
  });

  it('validate lists every missing, extra and mismatched file', async () => {
    const dir = path.join(root, 'files');
    await writeTestPack(dir, { version: '1.0.0' });
    fs.rmSync(path.join(dir, 'narration/en/vitality.wav'));
    fs.writeFileSync(path.join(dir, 'stray.txt'), 'x');
    const report = pack('validate', dir);
    expect(report.code).toBe(1);
    expect(report.out).toMatch(/narration\/en\/vitality\.wav .*missing from the pack/);
    expect(report.out).toMatch(/stray\.txt: is not listed in manifest\.json \(extra file\)/);
  });

  it('usage errors exit 2 with help', () => {
    expect(pack('frobnicate').code).toBe(2);
    const missing = pack('build', root);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('missing --out');
    expect(pack('--help').code).toBe(0);
  });
});
