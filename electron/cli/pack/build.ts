import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { computePackFiles, manifestText, writeDeterministicZip } from '../../core/packs/pack-build';
import { signManifest } from '../../core/packs/signature';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/pack-entry-name';
import { EXIT, onePath, option, UsageError, type Args } from './args';
import type { CliContext } from './context';
import { runPipeline } from './verify-pipeline';

/**
 * `kiosk-pack build DIR -o pack.zip [--key signing.key]`: writes every file's size
 * and SHA-256 into manifest.json, checks the pack as the kiosk will, optionally signs
 * it, then writes a deterministic zip (sorted entries, fixed times and modes).
 */
export const buildCommand = async (args: Args, ctx: CliContext): Promise<number> => {
  const dir = path.resolve(onePath(args, 'pack folder'));
  const out = path.resolve(option(args, 'out', true) ?? '');
  const keyFile = option(args, 'key', false);
  if (!out.endsWith('.zip')) throw new UsageError('-o must name a .zip file');
  if (out.startsWith(dir + path.sep))
    throw new UsageError('-o must be outside the pack folder (it would end up inside the pack)');
  const manifestFile = path.join(dir, MANIFEST_FILE);
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    ctx.err(`${manifestFile}: cannot read it as JSON (${(error as Error).message})`);
    return EXIT.refused;
  }
  manifest.files = await computePackFiles(dir);
  fs.writeFileSync(manifestFile, manifestText(manifest));
  ctx.out(`  ✓ manifest.json: ${(manifest.files as unknown[]).length} files hashed`);
  const sigFile = path.join(dir, SIGNATURE_FILE);
  if (keyFile) {
    fs.writeFileSync(sigFile, signManifest(fs.readFileSync(manifestFile), fs.readFileSync(keyFile, 'utf8')));
    ctx.out(`  ✓ manifest.sig: signed with ${keyFile}`);
  } else if (fs.existsSync(sigFile)) {
    fs.rmSync(sigFile);
    ctx.out('  ! manifest.sig removed: it signed the previous manifest (pass --key to sign the new one)');
  }
  const result = await runPipeline(dir, ctx.limits, ctx.paths.appVersion, null);
  result.cleanup();
  if (result.problems.length > 0) {
    ctx.err(`Not built: ${result.problems.length} problem(s):`);
    for (const problem of result.problems) ctx.err(`  ✗ ${problem}`);
    return EXIT.refused;
  }
  await writeDeterministicZip(dir, out);
  const digest = crypto.createHash('sha256').update(fs.readFileSync(out)).digest('hex');
  ctx.out(`Built ${out} (${fs.statSync(out).size} bytes, sha256 ${digest})`);
  ctx.out('Run "kiosk-pack validate" on it for the full pre-flight report (captions, audio, images).');
  return EXIT.ok;
};
