import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestPack } from '../fixtures/packs/make-pack';
import { tempDir } from '../fixtures/packs/harness';

/** `kiosk-pack validate` warns (without refusing) about captions over the readability limits (issue 20, item 5). */
const ROOT = path.resolve(import.meta.dirname, '../..');
let root: string;
let cli: string;

beforeAll(async () => {
  root = tempDir('kiosk-pack-captions-');
  cli = path.join(ROOT, 'dist', 'test-cli', `kiosk-pack-captions-${process.pid}.cjs`);
  await build({
    entryPoints: [path.join(ROOT, 'electron/cli/kiosk-pack.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: cli,
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

describe('kiosk-pack validate caption warnings', { timeout: 90_000 }, () => {
  it('warns about a cue longer than two lines and one read too fast, and still passes the pack', async () => {
    const dir = path.join(root, 'captions');
    await writeTestPack(dir, { version: '1.0.0', durationMs: 20_000 });
    const long =
      'Jiangbei held nearly one third of Chongqing’s financial assets, and its financial institutions held nearly one fifth.';
    fs.writeFileSync(
      path.join(dir, 'narration/en/quality.vtt'),
      `WEBVTT\n\n1\n00:00:00.000 --> 00:00:10.000\n${long}\n\n2\n00:00:10.000 --> 00:00:20.000\nShort and slow.\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'narration/zh-CN/quality.vtt'),
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\n“长嘉汇”的硬核就是金融。\n\n2\n00:00:01.000 --> 00:00:20.000\n完。\n',
    );
    expect(pack('build', dir, '-o', path.join(root, 'captions.zip')).code).toBe(0);
    const report = pack('validate', path.join(root, 'captions.zip'));
    expect(report.out).toMatch(/! narration\/en\/quality\.vtt: cue 1 needs more than 2 lines of 42 Latin characters/);
    expect(report.out).toMatch(
      /! narration\/zh-CN\/quality\.vtt: cue 1 runs at 13\.0 characters a second, over 9 for CJK/,
    );
    expect(report.out).not.toMatch(/quality\.vtt: cue 2/);
    expect(report.code).toBe(0);
  });
});
