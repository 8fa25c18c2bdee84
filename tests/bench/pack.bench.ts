import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { writeTestPack } from '../fixtures/packs/make-pack';

/**
 * `npm run bench:pack`: verify + install of a generated 1 GB pack, against the
 * plain-tools floor of `sha256sum` (verify) plus `cp -r` (copy) of the same files,
 * and the install's peak RSS in a child process. Cleans up its temp files.
 */
const TOTAL_BYTES = 1024 ** 3;
const FILE_BYTES = 32 * 1024 ** 2;
const GOAL_RATIO = 1.3;
const GOAL_RSS_MB = 300;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** Writes incompressible bulk media (the realistic case: audio and images do not compress). */
const writeBulk = (dir: string) => {
  fs.mkdirSync(path.join(dir, 'media'), { recursive: true });
  const block = crypto.randomBytes(FILE_BYTES);
  for (let i = 0; i < TOTAL_BYTES / FILE_BYTES; i++) {
    block.writeUInt32LE(i, 0); // every file differs, so no two hash alike
    fs.writeFileSync(path.join(dir, 'media', `bulk-${String(i).padStart(2, '0')}.opus`), block);
  }
};

const timed = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const main = async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-bench-'));
  try {
    const source = path.join(root, 'pack');
    const bundled = path.join(root, 'bundled');
    process.stdout.write('pack bench: generating a 1 GB pack...\n');
    writeBulk(source);
    const manifest = await writeTestPack(source, { version: '9.0.0', variant: 'bench' });
    await writeTestPack(bundled, { id: 'bundled-pack', version: '0.1.0', variant: 'bundled' });
    const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
    const child = path.join(root, 'install-child.cjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'pack/install-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: child,
      logLevel: 'warning',
    });

    // Warm the page cache for both contenders alike.
    execFileSync(
      'cat',
      manifest.files.map((f) => path.join(source, f.path)),
      { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 },
    );
    const files = manifest.files.map((f) => f.path);
    const shaMs = timed(() =>
      execFileSync('sha256sum', files, { cwd: source, stdio: ['ignore', 'ignore', 'inherit'] }),
    );
    const cpMs = timed(() => execFileSync('cp', ['-r', source, path.join(root, 'copy')], { stdio: 'inherit' }));
    fs.rmSync(path.join(root, 'copy'), { recursive: true, force: true });
    const baselineMs = shaMs + cpMs;

    const dataDir = path.join(root, 'data');
    const run = spawnSync(process.execPath, [child, dataDir, bundled, source], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`install failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim()) as {
      ms: number;
      phases: Record<string, number>;
      bytes: number;
      files: number;
      maxRssKb: number;
    };
    const ratio = result.ms / baselineMs;
    const rssMb = result.maxRssKb / 1024;
    const p = result.phases;
    const lines = [
      `pack bench: ${(bytes / 1024 ** 3).toFixed(2)} GiB in ${manifest.files.length} files (${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)})`,
      `  baseline  sha256sum ${seconds(shaMs)} + cp -r ${seconds(cpMs)} = ${seconds(baselineMs)}`,
      `  kiosk     verify + install ${seconds(result.ms)} (checks ${seconds(p.copying ?? 0)}, hash+copy ${seconds((p.syncing ?? 0) - (p.copying ?? 0))}, fsync ${seconds((p.activating ?? 0) - (p.syncing ?? 0))}, activate ${seconds(result.ms - (p.activating ?? 0))})`,
      `  ratio     ${ratio.toFixed(2)}  goal <= ${GOAL_RATIO}  ${verdict(ratio <= GOAL_RATIO)}`,
      `  peak RSS  ${rssMb.toFixed(0)} MB (install child)  goal <= ${GOAL_RSS_MB} MB  ${verdict(rssMb <= GOAL_RSS_MB)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`pack bench failed: ${String(error)}\n`);
  process.exitCode = 1;
});
